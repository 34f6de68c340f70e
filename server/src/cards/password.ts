import type { Identity } from '../platform/identity.ts'

const PREFIX_LENGTH = 4

/**
 * The password of a downloaded card, by MOSIP's rule (`getPassword` in its credential MVEL):
 * the first four letters of the first name, in capitals, then the four-digit year of birth.
 * A first name shorter than four letters is repeated from its start ("Ali" → "ALIA",
 * "Jo" → "JOJO"). The first name is the first word of the full name in the deployment's first
 * mandatory language (where MOSIP reads it); letters are Unicode code points, as Java counts
 * them for every script our languages use.
 */
export function cardPassword(identity: Identity, firstMandatoryLanguage: string): string {
  const fullName =
    identity.fullName[firstMandatoryLanguage] ?? Object.values(identity.fullName)[0] ?? ''
  const firstName = fullName.normalize('NFC').trim().split(/\s+/u)[0] ?? ''
  const letters = Array.from(firstName)
  if (letters.length === 0) throw new Error('the identity has no name to derive a password from')
  const prefix = Array.from({ length: PREFIX_LENGTH }, (_, i) => letters[i % letters.length]).join(
    '',
  )
  const year = identity.dateOfBirth.slice(0, 4)
  if (!/^[0-9]{4}$/.test(year)) throw new Error('the identity has no year of birth')
  return `${prefix.toUpperCase()}${year}`
}
