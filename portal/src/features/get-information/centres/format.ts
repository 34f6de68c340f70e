/**
 * Formatting of centre data in the reader's locale (digits, 12/24-hour clock, day and month
 * names, units all follow the language).
 */

/** "09:30:00" → "9:30 AM" / "09:30" / "٩:٣٠ ص"…; the raw text when it is not a time. */
export function formatTime(value: string | undefined, locale: string): string {
  if (!value) return ''
  const match = /^(\d{1,2}):(\d{2})/.exec(value)
  if (!match) return value
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return value
  // A fixed UTC date and UTC formatting: the wall-clock time of the centre, not the reader's zone.
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)))
}

/** "2025-12-25" → "25 December 2025" in the locale; the raw text when it is not a date. */
export function formatDate(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return value
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** 850 → "850 m", 1234 → "1.2 km", in the locale's digits and unit names. */
export function formatDistance(meters: number, locale: string): string {
  if (meters < 1000) {
    const rounded = meters < 100 ? Math.round(meters) : Math.round(meters / 10) * 10
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'meter',
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    }).format(rounded)
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(meters / 1000)
}

/** ["Monday", "Tuesday"] → "Monday and Tuesday" (or the locale's list style). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}

/** A `tel:` address: digits and a leading plus only. */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim()
  const digits = trimmed.replace(/[^\d]/g, '')
  if (digits.length < 3) return undefined
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`
}

/**
 * Whether the text can be searched: at least 3 characters, at least one a letter or digit in
 * any script (Unicode-aware, so Arabic, Devanagari, Kannada, Tamil all count).
 */
export function isSearchableText(text: string): boolean {
  const trimmed = text.trim()
  return [...trimmed].length >= 3 && /[\p{L}\p{N}]/u.test(trimmed)
}
