import { describe, expect, it } from 'vitest'
import { maskEmail, maskEmailIda, maskId, maskPhone, maskPhoneIda } from './mask.ts'

describe('IDA OTP response masking', () => {
  it('shows every third character of the local part of an email, and the whole domain', () => {
    // The contract's example answer is XXnXXvXX1X@gmail.com.
    expect(maskEmailIda('ainnovax1z@gmail.com')).toBe('XXnXXvXX1X@gmail.com')
    expect(maskEmailIda('ab@example.org')).toBe('XX@example.org')
    expect(maskEmailIda('abc@example.org')).toBe('XXc@example.org')
  })

  it('keeps non-Latin addresses whole characters', () => {
    expect(maskEmailIda('أمينة@مثال.مغرب')).toBe('XXيXX@مثال.مغرب')
    expect(maskEmailIda('\u{1D49C}bc\u{1D49F}ef@x.org')).toBe('XXcXXf@x.org')
    expect(maskEmail('\u{1D49C}\u{1D49D}\u{1D49E}\u{1D49F}@x.org')).toBe(
      '\u{1D49C}\u{1D49D}\u{1D49E}*@x.org',
    )
  })

  it('hides the first half plus one of a phone number', () => {
    expect(maskPhoneIda('9876543210')).toBe('XXXXXX3210')
    expect(maskPhoneIda('+221771234567')).toBe('XXXXXXX234567')
    expect(maskPhoneIda('1')).toBe('X')
    expect(maskPhoneIda('')).toBe('')
  })
})

describe('resident service masking', () => {
  it('maskEmail keeps the first three characters of the local part and the domain', () => {
    expect(maskEmail('amina.diallo@example.org')).toBe('ami*********@example.org')
    expect(maskEmail('abc@example.org')).toBe('abc@example.org')
  })

  it('maskPhone hides all but the last four characters', () => {
    expect(maskPhone('9876543210')).toBe('******3210')
    expect(maskPhone('123')).toBe('123')
  })

  it('maskId keeps the first character and the last two', () => {
    expect(maskId('1234567890123456')).toBe('1XXXXXXXXXXXXX56')
    expect(maskId('5820364917')).toBe('5XXXXXXX17')
    expect(maskId('amina@example.org')).toBe('aXXna@example.org')
    expect(maskId('123')).toBe('123')
  })
})
