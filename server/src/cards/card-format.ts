import type { Language } from '../platform/masterdata.ts'
import { MAX_CARD_LANGUAGES } from './qr-payload.ts'

/** A UIN in groups of four from the start, as people read it aloud: `4829 1735 60`. */
export function groupUin(uin: string): string {
  return uin.replace(/(\d{4})(?=\d)/g, '$1 ')
}

/** A date as the identity writes dates (`yyyy/MM/dd`, MOSIP's pattern), in UTC. */
export function cardDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '/')
}

/**
 * The languages a card is printed in, with their metadata (direction): the resident's languages
 * the deployment offers, in the resident's order, at most three; the deployment's first language
 * when none of theirs is offered. `deployment` lists the configured codes, mandatory first;
 * `metadata` is masterdata's language list (a code it lacks is left out).
 */
export function cardLanguages(
  residentLanguages: readonly string[],
  deployment: readonly string[],
  metadata: readonly Language[],
): Language[] {
  const offered = deployment.flatMap((code) => metadata.filter((l) => l.code === code))
  const chosen: Language[] = []
  for (const code of residentLanguages) {
    const language = offered.find((l) => l.code === code)
    if (language && !chosen.includes(language)) chosen.push(language)
  }
  if (chosen.length === 0 && offered[0]) chosen.push(offered[0])
  return chosen.slice(0, MAX_CARD_LANGUAGES)
}
