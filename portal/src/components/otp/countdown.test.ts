import { describe, expect, it } from 'vitest'
import { formatClock, milestoneAt, secondsLeft } from './countdown.ts'

describe('one-time code clock', () => {
  it('counts whole seconds down to zero', () => {
    const sentAt = 1_000_000
    expect(secondsLeft(sentAt, 180, sentAt)).toBe(180)
    expect(secondsLeft(sentAt, 180, sentAt + 500)).toBe(180)
    expect(secondsLeft(sentAt, 180, sentAt + 1000)).toBe(179)
    expect(secondsLeft(sentAt, 180, sentAt + 181_000)).toBe(0)
    // A clock read just before the code was sent never shows more than its validity.
    expect(secondsLeft(sentAt, 180, sentAt - 5000)).toBe(180)
  })

  it('shows minutes and seconds in the language’s digits', () => {
    expect(formatClock(180, 'en')).toBe('3:00')
    expect(formatClock(65, 'en')).toBe('1:05')
    expect(formatClock(9, 'en')).toBe('0:09')
    expect(formatClock(0, 'en')).toBe('0:00')
    expect(formatClock(65, 'ar-EG')).toBe('١:٠٥')
  })

  it('is announced at the start, at 1 minute, at 30 seconds and at expiry only', () => {
    const heard = new Set<string>()
    let last = ''
    const said: string[] = []
    for (let left = 180; left >= 0; left--) {
      const m = milestoneAt(left, 180)
      heard.add(m)
      if (m !== last) said.push(`${m}@${left}`)
      last = m
    }
    expect(said).toEqual(['start@180', 'oneMinute@60', 'thirtySeconds@30', 'expired@0'])
  })

  it('skips milestones longer than the code’s validity', () => {
    expect(milestoneAt(45, 45)).toBe('start')
    expect(milestoneAt(30, 45)).toBe('thirtySeconds')
    expect(milestoneAt(20, 20)).toBe('start')
    expect(milestoneAt(0, 20)).toBe('expired')
  })
})
