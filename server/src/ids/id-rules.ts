import { randomInt } from 'node:crypto'
import { hasValidVerhoeff, verhoeffDigit } from './verhoeff.ts'

/**
 * MOSIP's id rules (kernel idgenerator filters, default configuration): what makes a 10-digit
 * UIN and a 16-digit VID, and the 29-digit AID/RID. Only ids that pass every filter are ever
 * issued, so the same filters double as validation of what a resident types.
 */

export const ID_LENGTHS = { UIN: 10, VID: 16, AID: 29 } as const

export type IdKind = keyof typeof ID_LENGTHS

/** Each filter by name, so a test (or a log line) can say which one an id broke. */
export type IdRule =
  | 'length'
  | 'digits'
  | 'not-start-with'
  | 'checksum'
  | 'sequence'
  | 'repeating'
  | 'repeating-block'
  | 'restricted'
  | 'cyclic'
  | 'conjugative-even'
  | 'digits-group'
  | 'reverse-digits-group'

interface RuleSet {
  length: number
  /** A run this long of consecutive digits (ascending or descending) is refused. */
  sequenceLimit: number
  /** The UIN generator also counts runs through 9→0 (890, 901) as sequences. */
  sequenceWraps: boolean
  /** A digit may not come back within this many places (11, 1x1 refused at 2). */
  repeatingLimit: number
  /** A block of this many digits may not appear twice (48…48 refused at 2). */
  repeatingBlockLimit: number
  restricted: readonly string[]
  notStartWith: readonly string[]
  /** UIN only: run of adjacent even digits (from 2, 4, 6, 8) refused at this length. */
  conjugativeEvenLimit: number | null
  /** UIN only: the first N digits may equal neither the last N nor the last N reversed. */
  digitsGroupLimit: number | null
  reverseDigitsGroupLimit: number | null
  /** UIN only: cyclic numbers (1/7 = 0.142857…); the longer ones cannot fit in 10 digits. */
  cyclic: readonly string[]
}

const UIN_RULES: RuleSet = {
  length: ID_LENGTHS.UIN,
  sequenceLimit: 3,
  sequenceWraps: true,
  repeatingLimit: 2,
  repeatingBlockLimit: 2,
  restricted: ['786', '666'],
  notStartWith: ['0', '1'],
  conjugativeEvenLimit: 3,
  digitsGroupLimit: 5,
  reverseDigitsGroupLimit: 5,
  cyclic: ['142857'],
}

const VID_RULES: RuleSet = {
  length: ID_LENGTHS.VID,
  sequenceLimit: 3,
  sequenceWraps: false,
  repeatingLimit: 2,
  repeatingBlockLimit: 2,
  restricted: ['786', '666'],
  notStartWith: ['0', '1'],
  conjugativeEvenLimit: null,
  digitsGroupLimit: null,
  reverseDigitsGroupLimit: null,
  cyclic: [],
}

const ASCENDING = '0123456789'
const DESCENDING = '9876543210'

function hasSequence(id: string, limit: number, wraps: boolean): boolean {
  const up = wraps ? ASCENDING + ASCENDING : ASCENDING
  const down = wraps ? DESCENDING + DESCENDING : DESCENDING
  for (let i = 0; i + limit <= id.length; i++) {
    const window = id.slice(i, i + limit)
    if (up.includes(window) || down.includes(window)) return true
  }
  return false
}

/** A digit seen again 1…limit places later. */
function hasRepeat(id: string, limit: number): boolean {
  for (let i = 0; i < id.length; i++) {
    for (let gap = 1; gap <= limit && i + gap < id.length; gap++) {
      if (id[i] === id[i + gap]) return true
    }
  }
  return false
}

/** A block of `size` digits that appears again later without overlapping itself. */
function hasRepeatedBlock(id: string, size: number): boolean {
  const seen = new Map<string, number>()
  for (let i = 0; i + size <= id.length; i++) {
    const block = id.slice(i, i + size)
    const first = seen.get(block)
    if (first === undefined) seen.set(block, i)
    else if (i - first >= size) return true
  }
  return false
}

function hasEvenRun(id: string, limit: number): boolean {
  let run = 0
  for (const c of id) {
    run = c === '2' || c === '4' || c === '6' || c === '8' ? run + 1 : 0
    if (run >= limit) return true
  }
  return false
}

function violations(id: string, rules: RuleSet): IdRule[] {
  if (id.length !== rules.length) return ['length']
  if (!/^[0-9]+$/.test(id)) return ['digits']
  const broken: IdRule[] = []
  if (rules.notStartWith.some((p) => id.startsWith(p))) broken.push('not-start-with')
  if (!hasValidVerhoeff(id)) broken.push('checksum')
  if (hasSequence(id, rules.sequenceLimit, rules.sequenceWraps)) broken.push('sequence')
  if (hasRepeat(id, rules.repeatingLimit)) broken.push('repeating')
  if (hasRepeatedBlock(id, rules.repeatingBlockLimit)) broken.push('repeating-block')
  if (rules.restricted.some((r) => id.includes(r))) broken.push('restricted')
  if (rules.cyclic.some((c) => id.includes(c))) broken.push('cyclic')
  if (rules.conjugativeEvenLimit !== null && hasEvenRun(id, rules.conjugativeEvenLimit)) {
    broken.push('conjugative-even')
  }
  const group = rules.digitsGroupLimit
  if (group !== null && id.slice(0, group) === id.slice(-group)) broken.push('digits-group')
  const reverse = rules.reverseDigitsGroupLimit
  if (reverse !== null && id.slice(0, reverse) === [...id.slice(-reverse)].reverse().join('')) {
    broken.push('reverse-digits-group')
  }
  return broken
}

/** The rules a would-be UIN breaks; empty when it is a valid UIN. */
export function uinViolations(id: string): IdRule[] {
  return violations(id, UIN_RULES)
}

/** The rules a would-be VID breaks; empty when it is a valid VID. */
export function vidViolations(id: string): IdRule[] {
  return violations(id, VID_RULES)
}

export function isValidUin(id: string): boolean {
  return uinViolations(id).length === 0
}

export function isValidVid(id: string): boolean {
  return vidViolations(id).length === 0
}

/** An AID (MOSIP RID): 29 digits, no check digit. */
export function isAid(id: string): boolean {
  return id.length === ID_LENGTHS.AID && /^[0-9]+$/.test(id)
}

/** What kind of id the resident typed: by length, then MOSIP's filters and check digit. */
export function idTypeOf(id: string): IdKind | null {
  if (isValidUin(id)) return 'UIN'
  if (isValidVid(id)) return 'VID'
  if (isAid(id)) return 'AID'
  return null
}

/** Where random digits come from: the seeded demo generator, or `secureDigits` for real ids. */
export interface DigitSource {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
}

/** Digits from the operating system's CSPRNG, as MOSIP's generator uses SecureRandom. */
export const secureDigits: DigitSource = { int: (min, max) => randomInt(min, max + 1) }

/** Plenty: about one random draw in a hundred passes every VID filter. */
const MAX_ATTEMPTS = 100_000

function generate(rng: DigitSource, rules: RuleSet): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let payload = String(rng.int(2, 9))
    while (payload.length < rules.length - 1) payload += String(rng.int(0, 9))
    const id = payload + verhoeffDigit(payload)
    if (violations(id, rules).length === 0) return id
  }
  throw new Error('no id passed the filters; is the digit source random?')
}

/** A fresh random UIN that passes every filter (uniqueness is the caller's to check). */
export function generateUin(rng: DigitSource): string {
  return generate(rng, UIN_RULES)
}

/** A fresh random VID that passes every filter (uniqueness is the caller's to check). */
export function generateVid(rng: DigitSource): string {
  return generate(rng, VID_RULES)
}

export interface AidParts {
  /** Registration centre id, 5 digits (the demo country's centres start at 10001). */
  centreId: string
  /** Registration machine id, 5 digits. */
  machineId: string
  /** Packet sequence at that machine, 1–99999. */
  sequence: number
  /** When the packet was created; written as UTC yyyyMMddHHmmss. */
  at: Date
}

/** A MOSIP RID: centre id + machine id + 5-digit sequence + creation timestamp. */
export function formatAid(parts: AidParts): string {
  if (!/^[0-9]{5}$/.test(parts.centreId) || !/^[0-9]{5}$/.test(parts.machineId)) {
    throw new Error('centre and machine ids must be 5 digits')
  }
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > 99_999) {
    throw new Error('sequence must be 1–99999')
  }
  const stamp = parts.at
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-T:]/g, '')
  return `${parts.centreId}${parts.machineId}${String(parts.sequence).padStart(5, '0')}${stamp}`
}

/** When the packet behind an AID was created: its last 14 digits, UTC yyyyMMddHHmmss. */
export function aidTimestamp(aid: string): Date | null {
  if (!isAid(aid)) return null
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(aid.slice(-14))
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  // Date.UTC rolls 2026-02-31 over into March; a real timestamp round-trips.
  return at.getUTCMonth() === mo - 1 && at.getUTCDate() === d && h < 24 && mi < 60 && s < 60
    ? at
    : null
}
