import type { IdLengths } from '../config/serviceSettings.ts'
import { cleanNumberInput } from './digits.ts'

export type IdKind = 'UIN' | 'VID' | 'AID'

export type IdCheck =
  | { ok: true; id: string; kind: IdKind }
  | { ok: false; problem: 'empty' | 'notDigits' | 'length'; digits: number }

const LENGTH_OF: Record<IdKind, keyof IdLengths> = { UIN: 'uin', VID: 'vid', AID: 'aid' }

/** The kind of id a number of this many digits is, among `accepted`. */
export function idKindOf(
  digits: string,
  lengths: IdLengths,
  accepted: readonly IdKind[],
): IdKind | undefined {
  return accepted.find((kind) => lengths[LENGTH_OF[kind]] === digits.length)
}

/**
 * Checks a typed id: digits only (spaces ignored, any script's digits accepted) and the length
 * of one of the `accepted` kinds. Says what is wrong, never which ids exist.
 */
export function checkId(raw: string, lengths: IdLengths, accepted: readonly IdKind[]): IdCheck {
  const id = cleanNumberInput(raw)
  if (id === '') return { ok: false, problem: 'empty', digits: 0 }
  if (!/^\d+$/.test(id)) return { ok: false, problem: 'notDigits', digits: id.length }
  const kind = idKindOf(id, lengths, accepted)
  return kind ? { ok: true, id, kind } : { ok: false, problem: 'length', digits: id.length }
}
