/**
 * Residents type numbers with the digits of their keyboard: Arabic-Indic, Devanagari, Kannada,
 * Tamil or full-width digits mean the same number as ASCII ones.
 */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xbe6, 0xce6, 0xff10]

/** Every digit of a script we show becomes its ASCII digit; other characters stay as they are. */
export function asciiDigits(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)
    out += zero === undefined ? char : String(code - zero)
  }
  return out
}

/** What a resident typed or pasted into a number field: digits made ASCII, spaces removed. */
export function cleanNumberInput(text: string): string {
  return asciiDigits(text).replace(/[\s\u00a0\u2007\u202f-]/g, '')
}
