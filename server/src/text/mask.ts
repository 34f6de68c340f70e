/**
 * MOSIP's maskings, reproduced so a resident sees what MOSIP would show. Characters are counted
 * as code points, so a non-Latin address is never cut inside a character.
 */

function splitLocal(value: string): { local: string[]; rest: string } {
  const at = value.indexOf('@')
  // As MOSIP: an `@` in first place does not start a domain.
  if (at <= 0) return { local: Array.from(value), rest: '' }
  return { local: Array.from(value.slice(0, at)), rest: value.slice(at) }
}

/**
 * IDA's OTP response masking of an email: in the local part, every character whose 1-based
 * position is not a multiple of three becomes `X`; the domain stays
 * (`abcdefghij@gmail.com` → `XXcXXfXXiX@gmail.com`).
 */
export function maskEmailIda(email: string): string {
  const { local, rest } = splitLocal(email)
  return local.map((c, i) => ((i + 1) % 3 === 0 ? c : 'X')).join('') + rest
}

/**
 * IDA's OTP response masking of a phone number: the first half plus one character become `X`
 * (a 10-digit number keeps its last 4 digits: `9876543210` → `XXXXXX3210`).
 */
export function maskPhoneIda(phone: string): string {
  const chars = Array.from(phone)
  const hidden = Math.min(chars.length, Math.floor(chars.length / 2) + 1)
  return 'X'.repeat(hidden) + chars.slice(hidden).join('')
}

/**
 * Resident service `maskEmail`: the first 3 characters of the local part stay, the rest of the
 * local part becomes `*`, the domain stays (`amina.diallo@example.org` → `ami*********@example.org`).
 */
export function maskEmail(email: string): string {
  const { local, rest } = splitLocal(email)
  // Stryker disable next-line EqualityOperator: with exactly 3 characters both ways give the email
  if (local.length <= 3) return email
  return local.slice(0, 3).join('') + '*'.repeat(local.length - 3) + rest
}

/** Resident service `maskPhone`: every character but the last 4 becomes `*`. */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone)
  const hidden = Math.max(0, chars.length - 4)
  return '*'.repeat(hidden) + chars.slice(hidden).join('')
}

/**
 * Resident service `convertToMaskData` (ids, VIDs, `masked_*` values): of the part before `@`
 * (the whole value when there is none), the first character and the last two stay and the rest
 * becomes `X` (`1234567890123456` → `1XXXXXXXXXXXXX56`); a domain stays as it is.
 */
export function maskId(value: string): string {
  const { local, rest } = splitLocal(value)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut, the map keeps 3 too
  if (local.length <= 3) return value
  const last = local.length - 2
  return local.map((c, i) => (i === 0 || i >= last ? c : 'X')).join('') + rest
}
