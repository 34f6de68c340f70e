import { afterEach, describe, expect, it, vi } from 'vitest'
import { calledUrl, ok, sentBody, stubFetch } from './fetchStub.ts'
import {
  eventIdFrom,
  newTransactionId,
  type OtpTarget,
  otpSent,
  requestOtp,
  requestTime,
  type WithCaptcha,
} from './otp.ts'

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

describe('sending a code', () => {
  afterEach(() => vi.unstubAllGlobals())

  const holder: OtpTarget = {
    path: '/individualId/otp',
    individualId: '2345678901',
    channels: ['PHONE', 'EMAIL'],
  }

  it("sends MOSIP's body with the captcha header and says where the code went", async () => {
    const mock = stubFetch(() => ok({ maskedMobile: '******7890', maskedEmail: null }))
    const withCaptcha: WithCaptcha = (call) => call({ 'X-Captcha': 'proof' })
    const sent = await requestOtp(holder, { transactionId: '1234567890', withCaptcha })
    expect(sent).toEqual({
      transactionId: '1234567890',
      maskedMobile: '******7890',
      maskedEmail: null,
    })
    expect(calledUrl(mock)).toBe('/resident/v1/individualId/otp')
    expect(mock.mock.calls[0]?.[1]?.headers).toMatchObject({ 'X-Captcha': 'proof' })
    expect(sentBody(mock)).toEqual({
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionId: '1234567890',
      requestTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      individualId: '2345678901',
      otpChannel: ['PHONE', 'EMAIL'],
      metadata: {},
    })
  })

  it("spells the transaction id IDA's way on IDA's route", async () => {
    const mock = stubFetch(() => ok({ maskedMobile: null, maskedEmail: 'a***@x.org' }))
    await requestOtp(
      { path: '/req/otp', individualId: '2345678901', channels: ['EMAIL'] },
      { transactionId: '9' },
    )
    expect(calledUrl(mock)).toBe('/resident/v1/req/otp')
    expect(sentBody(mock)).toMatchObject({ transactionID: '9', otpChannel: ['EMAIL'] })
    expect(sentBody(mock)).not.toHaveProperty('transactionId')
  })

  it('makes a new transaction id for a first send and keeps the given one for a resend', async () => {
    const mock = stubFetch(() => ok({ maskedMobile: '******7890', maskedEmail: null }))
    const first = await requestOtp(holder)
    expect(first.transactionId).toMatch(/^[1-9]\d{9}$/)
    expect(sentBody(mock, 0).transactionId).toBe(first.transactionId)
    const again = await requestOtp(holder, { transactionId: first.transactionId })
    expect(again.transactionId).toBe(first.transactionId)
    expect(sentBody(mock, 1).transactionId).toBe(first.transactionId)
    // Without a captcha, no captcha header.
    expect(mock.mock.calls[1]?.[1]?.headers).not.toHaveProperty('X-Captcha')
  })
})
