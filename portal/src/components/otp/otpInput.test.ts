import { describe, expect, it } from 'vitest'
import { otpDigits, otpFailure, sentTo } from './otpInput.ts'

describe('the code field', () => {
  it('takes a pasted code with spaces or dashes', () => {
    expect(otpDigits('123 456', 6)).toBe('123456')
    expect(otpDigits(' 123-456\n', 6)).toBe('123456')
    expect(otpDigits('Your code: 654321', 6)).toBe('654321')
  })

  it('takes digits of other scripts and stops at the code length', () => {
    expect(otpDigits('١٢٣٤٥٦', 6)).toBe('123456')
    expect(otpDigits('1234567', 6)).toBe('123456')
    expect(otpDigits('12ab', 6)).toBe('12')
  })
})

describe('where the code was sent', () => {
  it('names the contacts the server masked', () => {
    expect(sentTo('******7890', 'ab***@x.org')).toBe('both')
    expect(sentTo('******7890', null)).toBe('phone')
    expect(sentTo(null, 'ab***@x.org')).toBe('email')
    expect(sentTo(null, null)).toBe('unknown')
  })
})

describe('after a failed check', () => {
  it('offers the right next step', () => {
    expect(otpFailure('RES-OTP-007')).toBe('retype')
    expect(otpFailure('RES-SER-422')).toBe('retype')
    expect(otpFailure('RES-OTP-006')).toBe('newCode')
    expect(otpFailure('RES-SER-465')).toBe('newCode')
    expect(otpFailure('IDA-OTA-007')).toBe('newCode')
    expect(otpFailure('RES-OTP-008')).toBe('newCode')
    expect(otpFailure('RES-SER-905')).toBe('wait')
    expect(otpFailure('IDA-MLC-019')).toBe('locked')
    expect(otpFailure('RES-OTP-012')).toBe('locked')
    expect(otpFailure('NETWORK')).toBe('other')
    expect(otpFailure(undefined)).toBe('other')
  })
})
