/**
 * Folds text for matching: Unicode NFC first (what residents type varies), then case and
 * diacritics removed (é → e, Ü → u), so "sale" finds "Salé". Combining marks are dropped only
 * for Latin, Greek and Cyrillic letters: in Indic and Arabic scripts they are vowel signs and
 * viramas that change the word, and must stay.
 */
const LATIN_LIKE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u

export function foldForSearch(text: string): string {
  const decomposed = text.normalize('NFC').toLocaleLowerCase('und').normalize('NFD')
  let out = ''
  let previousBase = ''
  for (const ch of decomposed) {
    if (/\p{M}/u.test(ch)) {
      if (LATIN_LIKE.test(previousBase)) continue
      out += ch
      continue
    }
    previousBase = ch
    out += ch
  }
  return out.normalize('NFC')
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with the default escape character. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
