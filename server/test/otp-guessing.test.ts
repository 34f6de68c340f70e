import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FeaturedRole } from '../src/platform/embedded/identity/featured.ts'
import {
  API,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from './otp-flow.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * The guessing budget is per person, not per OTP (issue 10): wrong codes count across all of a
 * resident's OTPs, transactions and routes; after five, the next check waits 30 s and is refused
 * unevaluated meanwhile, as each route answers IDA's "locked for OTP validation".
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false' })
})
afterAll(() => t.close())
afterEach(() => {
  vi.useRealTimers()
})

async function sendOtp(role: FeaturedRole, path = '/individualId/otp') {
  const who = featured(role)
  const uin = who.uin as string
  const transactionId = newTransactionId()
  const { transactionId: _, ...body } = otpRequest(uin, transactionId, ['EMAIL'])
  const res = await t.app.inject({
    method: 'POST',
    url: `${API}${path}`,
    payload: { ...body, transactionID: transactionId, transactionId },
  })
  expect(res.json().errors).toBeNull()
  return { uin, transactionId, otp: await otpFromMailbox(t, who.email as string) }
}

const CHECKS = {
  '/download-card': 'mosip.resident.download.uin.card',
  '/aid/status': 'mosip.resident.checkstatus',
  '/validate-otp': 'mosip.resident.identity.auth',
} as const

function check(path: keyof typeof CHECKS, uin: string, transactionId: string, otp: string) {
  return t.app.inject({
    method: 'POST',
    url: `${API}${path}`,
    payload: otpCheck(CHECKS[path], uin, transactionId, otp),
  })
}

const wrongOtp = (otp: string) => (otp === '000000' ? '111111' : '000000')

/** Five wrong codes on two OTPs of two transactions, through the Get my UIN routes. */
async function fiveWrongCodes(role: FeaturedRole) {
  for (const [path, tries] of [
    ['/download-card', 3],
    ['/aid/status', 2],
  ] as const) {
    const { uin, transactionId, otp } = await sendOtp(role)
    for (let i = 0; i < tries; i++) {
      const res = await check(path, uin, transactionId, wrongOtp(otp))
      expect(res.json().errors[0].errorCode).toMatch(/^(RES-OTP-007|RES-SER-422)$/)
    }
  }
}

describe('wrong codes per person, across OTPs and routes', () => {
  it('/download-card: the 6th check waits (RES-SER-465, how long in the message), then works', async () => {
    await fiveWrongCodes('card-ready-eng')
    const { uin, transactionId, otp } = await sendOtp('card-ready-eng')
    const paused = await check('/download-card', uin, transactionId, otp)
    expect(paused.json().errors).toEqual([
      {
        errorCode: 'RES-SER-465',
        message: expect.stringMatching(/try again in (29|30) seconds/),
      },
    ])
    // The portal turns Retry-After into "try again in 1 minute" instead of "ask for a new code".
    expect(Number(paused.headers['retry-after'])).toBeGreaterThanOrEqual(29)
    expect(Number(paused.headers['retry-after'])).toBeLessThanOrEqual(30)
    // Only the clock moves (timers stay real): after the wait the same right code opens the card.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
    vi.setSystemTime(Date.now() + 31_000)
    const res = await check('/download-card', uin, transactionId, otp)
    expect(res.headers['content-type']).toBe('application/pdf')
  })

  it('/validate-otp and /aid/status: RES-SER-422 with IDA’s "locked" message', async () => {
    await fiveWrongCodes('card-ready-fra')
    const verify = await sendOtp('card-ready-fra', '/req/otp')
    const validate = await check('/validate-otp', verify.uin, verify.transactionId, verify.otp)
    expect(validate.json().errors).toEqual([
      {
        errorCode: 'RES-SER-422',
        message: expect.stringMatching(
          /^UIN is locked for OTP validation due to exceeding no of invalid OTP trials/,
        ),
      },
    ])
    expect(Number(validate.headers['retry-after'])).toBeGreaterThan(0)
    const aid = await sendOtp('card-ready-fra')
    const status = await check('/aid/status', aid.uin, aid.transactionId, aid.otp)
    expect(status.json().errors[0]).toMatchObject({
      errorCode: 'RES-SER-422',
      message: expect.stringMatching(/^UIN is locked for OTP validation/),
    })
  })
})
