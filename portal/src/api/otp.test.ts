import { describe, expect, it } from 'vitest'
import { eventIdFrom, newTransactionId, otpSent, requestTime } from './otp.ts'

describe('transaction ids', () => {
  it('have 10 digits and no leading zero', () => {
    for (let i = 0; i < 200; i++) expect(newTransactionId()).toMatch(/^[1-9]\d{9}$/)
  })

  it('come from the random source, skipping values that would bias a digit', () => {
    const values = [4_294_967_295, 0, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    const random = (array: Uint32Array) => {
      array.set(values)
      return array
    }
    // 4294967295 is refused (bias), 0 and 10 would be a leading zero, then 1…9 and 11 → 1.
    expect(newTransactionId(random)).toBe('1234567891')
  })

  it('differ between requests', () => {
    expect(new Set(Array.from({ length: 50 }, () => newTransactionId())).size).toBe(50)
  })
})

describe('request helpers', () => {
  it('write the request time in UTC with milliseconds', () => {
    expect(requestTime(new Date(Date.UTC(2025, 0, 31, 9, 15, 0, 7)))).toBe(
      '2025-01-31T09:15:00.007Z',
    )
  })

  it('read the Event ID header and ignore odd values', () => {
    expect(eventIdFrom(new Headers({ eventId: '1234567890123456' }))).toBe('1234567890123456')
    expect(eventIdFrom(new Headers({ eventId: '<script>' }))).toBeUndefined()
    expect(eventIdFrom(new Headers())).toBeUndefined()
  })

  it('treat empty masked contacts as not sent there', () => {
    expect(otpSent('1', { maskedMobile: '******7890', maskedEmail: '' })).toEqual({
      transactionId: '1',
      maskedMobile: '******7890',
      maskedEmail: null,
    })
  })
})
