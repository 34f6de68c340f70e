/** The one-time code's clock: time left, how it is shown, and when it is announced. */

/** Whole seconds left until `sentAt + validSeconds`, from `validSeconds` down to 0. */
export function secondsLeft(sentAt: number, validSeconds: number, now: number): number {
  const left = Math.ceil((sentAt + validSeconds * 1000 - now) / 1000)
  return Math.min(validSeconds, Math.max(0, left))
}

/** "2:05" in the language's digits. */
export function formatClock(seconds: number, locale: string): string {
  const whole = Math.max(0, Math.ceil(seconds))
  const minutes = new Intl.NumberFormat(locale).format(Math.floor(whole / 60))
  const rest = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(whole % 60)
  return `${minutes}:${rest}`
}

export type Milestone = 'start' | 'oneMinute' | 'thirtySeconds' | 'expired'

/**
 * What a screen reader hears about the clock: a sentence when the code is sent, at one minute
 * left, at thirty seconds and at expiry — never every second. Returns the latest milestone
 * passed; the live region speaks only when it changes. A milestone is skipped when the code
 * was valid for less than it (a 45 s code has no "1 minute left").
 */
export function milestoneAt(left: number, validSeconds: number): Milestone {
  if (left <= 0) return 'expired'
  if (left <= 30 && validSeconds > 30) return 'thirtySeconds'
  if (left <= 60 && validSeconds > 60) return 'oneMinute'
  return 'start'
}
