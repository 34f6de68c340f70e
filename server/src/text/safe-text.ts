/**
 * Free text from a resident (a search, a name) must be text a person could type: no control
 * characters, no lone surrogates, no noncharacters and no bidi overrides (they reorder what the
 * next reader sees). Joiners (ZWJ/ZWNJ) stay: Indic and Persian spelling needs them.
 */
const UNSAFE = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]/u

export function isSafeText(text: string): boolean {
  return !UNSAFE.test(text) && text.isWellFormed()
}
