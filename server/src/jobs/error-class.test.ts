import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff.ts'
import { errorClass } from './error-class.ts'

describe('errorClass', () => {
  it('keeps codes and class names, never messages', () => {
    const coded = Object.assign(new Error('to ana@example.org'), { code: 'ECONNREFUSED' })
    expect(errorClass(coded)).toBe('ECONNREFUSED')
    expect(errorClass(Object.assign(new Error('x'), { code: '42P01' }))).toBe('PG_42P01')
    expect(errorClass(new TypeError('+94 77 123 4567'))).toBe('TypeError')
    // A code or name that could carry data falls back to the next safe answer.
    expect(errorClass(Object.assign(new TypeError('x'), { code: 'sent to +9477' }))).toBe(
      'TypeError',
    )
    expect(errorClass(Object.assign(new Error('x'), { name: 'Failed for ana@example.org' }))).toBe(
      'Error',
    )
    expect(errorClass('a thrown string with a phone number 0771234567')).toBe('Error')
    expect(errorClass(null)).toBe('Error')
  })
})

describe('backoffDelay', () => {
  it('doubles from the base, jitters between half and all of it, and stops at the cap', () => {
    const options = { baseMs: 1000, capMs: 600_000 }
    expect(backoffDelay(1, { ...options, random: () => 0 })).toBe(500)
    expect(backoffDelay(1, { ...options, random: () => 0.999999 })).toBe(1000)
    expect(backoffDelay(4, { ...options, random: () => 0.5 })).toBe(6000)
    expect(backoffDelay(30, { ...options, random: () => 0 })).toBe(300_000)
    expect(backoffDelay(30, { ...options, random: () => 0.999999 })).toBe(600_000)
    for (let attempt = 1; attempt <= 12; attempt++) {
      const delay = backoffDelay(attempt)
      const full = Math.min(600_000, 1000 * 2 ** (attempt - 1))
      expect(delay).toBeGreaterThanOrEqual(full / 2)
      expect(delay).toBeLessThanOrEqual(full)
    }
  })
})
