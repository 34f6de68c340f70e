/** Limits of one audit record's detail: a few short labels, never a document. */
export const DETAIL_LIMITS = { keys: 12, keyLength: 40, valueLength: 200 } as const

// C0/C1 controls and the bidi embedding, override, isolate and mark characters: they could
// hide or reorder text when a record is read in a terminal or an admin page.
const UNSAFE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu

/**
 * `value` without unsafe characters, lone surrogates made U+FFFD (PostgreSQL refuses them), cut
 * to `max` code points (never inside a surrogate pair).
 */
export function cleanText(value: string, max: number): string {
  const clean = value.toWellFormed().replace(UNSAFE, '')
  const points = Array.from(clean)
  return points.length > max ? points.slice(0, max).join('') : clean
}

/** Same, for optional columns: empty or absent becomes null. */
export function cleanOptional(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null
  return cleanText(value, max) || null
}

/** At most 12 entries, keys ≤ 40 and values ≤ 200 code points, each cleaned; empty keys dropped. */
export function boundDetail(detail: Record<string, string> | undefined): Record<string, string> {
  const bounded: Record<string, string> = Object.create(null)
  let count = 0
  for (const [rawKey, rawValue] of Object.entries(detail ?? {})) {
    if (count === DETAIL_LIMITS.keys) break
    if (typeof rawValue !== 'string') continue
    const key = cleanText(rawKey, DETAIL_LIMITS.keyLength)
    if (!key || key in bounded) continue
    bounded[key] = cleanText(rawValue, DETAIL_LIMITS.valueLength)
    count++
  }
  return bounded
}
