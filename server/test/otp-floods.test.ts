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
 * Floods of OTP traffic (issue 10): a daily cap of sends per person (rolling, so the resident's
 * own requests work again a day after a flood) and per client address, and a budget of checks
 * per client address apart from the sends'.
 */
let t: TestApp
beforeAll(async () => {
  // Small per-address budgets so the test stays short; the per-person cap is the default (20).
  t = await createTestApp({
    CAPTCHA_REQUIRED: 'false',
    IP_LIMIT_REQUESTS: '1000',
    IP_OTP_SENDS_PER_DAY: '3',
    IP_OTP_CHECKS: '4',
  })
})
afterAll(() => t.close())
afterEach(() => {
  vi.useRealTimers()
})

function sendOtp(role: FeaturedRole, remoteAddress: string) {
  return t.app.inject({
    method: 'POST',
    url: `${API}/individualId/otp`,
    remoteAddress,
    payload: otpRequest(featured(role).uin as string, newTransactionId(), ['EMAIL']),
  })
}

const errorCode = (res: { json(): { errors: { errorCode: string }[] | null } }) =>
  res.json().errors?.[0]?.errorCode ?? 'ok'

describe('sends per person per day', () => {
  it('refuses the 21st OTP in 24 hours (IDA-OTA-001) and sends again once the day has rolled', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
    const start = Date.now()
    const codes: string[] = []
    // Two bursts of ten from ever new addresses, eleven minutes apart: only the daily cap holds.
    for (let i = 0; i < 21; i++) {
      if (i === 10 || i === 20) vi.setSystemTime(Date.now() + 11 * 60_000)
      codes.push(errorCode(await sendOtp('card-ready-hin', `198.51.100.${i + 1}`)))
    }
    expect(codes).toEqual([...Array(20).fill('ok'), 'IDA-OTA-001'])
    // A day after the first burst, the resident's own request gets a code that works.
    vi.setSystemTime(start + 86_400_000 + 60_000)
    const transactionId = newTransactionId()
    const hin = featured('card-ready-hin')
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/individualId/otp`,
      remoteAddress: '203.0.113.50',
      payload: otpRequest(hin.uin as string, transactionId, ['EMAIL']),
    })
    expect(res.json().errors).toBeNull()
    const otp = await otpFromMailbox(t, hin.email as string)
    const card = await t.app.inject({
      method: 'POST',
      url: `${API}/download-card`,
      remoteAddress: '203.0.113.50',
      payload: otpCheck('mosip.resident.download.uin.card', hin.uin as string, transactionId, otp),
    })
    expect(card.headers['content-type']).toBe('application/pdf')
  })
})

describe('sends per client address per day', () => {
  it('refuses the 4th send from one address (RES-SER-905, HTTP 429, Retry-After)', async () => {
    const address = '192.0.2.10'
    const roles = ['card-ready-eng', 'card-ready-fra', 'card-ready-ara', 'card-ready-kan'] as const
    const answers = []
    for (const role of roles) answers.push(await sendOtp(role, address))
    expect(answers.slice(0, 3).map(errorCode)).toEqual(['ok', 'ok', 'ok'])
    const refused = answers[3]
    expect(refused?.statusCode).toBe(429)
    expect(errorCode(refused as NonNullable<typeof refused>)).toBe('RES-SER-905')
    // The budget is a day's: the wait is hours, not the ten-minute window's minutes.
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(86_000)
    // Another address is not affected.
    expect(errorCode(await sendOtp('card-ready-kan', '192.0.2.11'))).toBe('ok')
  })
})

describe('checks per client address', () => {
  it('limits /download-card, /validate-otp and /aid/status together, apart from the sends', async () => {
    const address = '192.0.2.20'
    const tam = featured('card-ready-tam')
    const transactionId = newTransactionId()
    const sent = await t.app.inject({
      method: 'POST',
      url: `${API}/individualId/otp`,
      remoteAddress: address,
      payload: otpRequest(tam.uin as string, transactionId, ['EMAIL']),
    })
    expect(sent.json().errors).toBeNull()
    const otp = await otpFromMailbox(t, tam.email as string)
    const wrong = otp === '000000' ? '111111' : '000000'
    const check = (path: string, id: string, code: string, from = address) =>
      t.app.inject({
        method: 'POST',
        url: `${API}${path}`,
        remoteAddress: from,
        payload: otpCheck(id, tam.uin as string, transactionId, code),
      })
    const statuses = [
      (await check('/download-card', 'mosip.resident.download.uin.card', wrong)).statusCode,
      (await check('/validate-otp', 'mosip.resident.identity.auth', wrong)).statusCode,
      (await check('/aid/status', 'mosip.resident.checkstatus', wrong)).statusCode,
      (await check('/aid/status', 'mosip.resident.checkstatus', wrong)).statusCode,
    ]
    expect(statuses).toEqual([200, 200, 200, 200])
    // The fifth check is refused before the code is looked at, even the right code.
    const refused = await check('/download-card', 'mosip.resident.download.uin.card', otp)
    expect(refused.statusCode).toBe(429)
    expect(refused.json().errors[0].errorCode).toBe('RES-SER-905')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    // The checks did not eat the address's sends.
    expect(errorCode(await sendOtp('card-ready-spa', address))).toBe('ok')
    // From another address the same code still opens the card.
    const card = await check(
      '/download-card',
      'mosip.resident.download.uin.card',
      otp,
      '192.0.2.21',
    )
    expect(card.headers['content-type']).toBe('application/pdf')
  })
})
