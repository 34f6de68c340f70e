/** MOSIP's `mosip.id.validation.identity.phone`; a phone that does not match gets no SMS. */
export const PHONE_PATTERN = /^([6-9]{1})([0-9]{9})$/

// Deliberately plain: one @, a dotted domain, and none of the characters that let an address
// smuggle a second recipient or a header (spaces, line breaks, commas, angle brackets…).
const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/

/** The address to send to, or undefined when absent or not an address. */
export function validEmail(email: string | null | undefined): string | undefined {
  const value = email?.trim()
  if (!value || value.length > 254 || !EMAIL_PATTERN.test(value)) return undefined
  return value
}

/** The number to send to, or undefined when absent or not a MOSIP phone number. */
export function validPhone(phone: string | null | undefined): string | undefined {
  const value = phone?.trim()
  if (!value || !PHONE_PATTERN.test(value)) return undefined
  return value
}
