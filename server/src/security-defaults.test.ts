import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API, featured, newTransactionId, otpRequest } from '../test/otp-flow.ts'
import { createTestApp, type TestApp } from '../test/test-app.ts'
import { loadConfig } from './config.ts'

/** The least a production deployment sets: a way to send OTPs (else it refuses to start). */
const PRODUCTION = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }

/**
 * Every default that protects residents, pinned: a deployment that sets nothing gets these, so a
 * change to any of them must be a deliberate edit of this file, not a silent one in config.ts.
 */
describe('security defaults of an unconfigured deployment', () => {
  for (const [mode, env] of [
    ['demo', {}],
    ['production', PRODUCTION],
  ] as const) {
    it(`${mode}: trusts no proxy, requires the captcha, keeps MOSIP's OTP limits`, () => {
      const config = loadConfig(env)
      // A trusted proxy lets any client pick its own X-Forwarded-For, and so its own budget.
      expect(config.trustProxy).toBe(false)
      expect(config.captchaRequired).toBe(true)
      expect(config.otp).toEqual({
        ttlSeconds: 180,
        maxAttempts: 5,
        maxSends: 10,
        sendWindowSeconds: 600,
        resendAfterSeconds: 60,
      })
      expect(config.ipLimit).toEqual({ requests: 60, windowSeconds: 600 })
      // Issue 10: wrong codes per person (NIST SP 800-63B 5.2.2 allows at most 100), floods.
      expect(config.otpAbuse).toEqual({
        failures: {
          free: 5,
          firstDelaySeconds: 30,
          maxDelaySeconds: 900,
          lockout: 100,
          lockoutSeconds: 86_400,
        },
        sendsPerDay: 20,
        perIp: { sendsPerDay: 300, checks: 60 },
      })
    })
  }

  it('production: no demo seed, no development mailbox, no generated keys, unless asked', () => {
    const config = loadConfig(PRODUCTION)
    expect(config.mode).toBe('production')
    expect(config.demoSeed).toBe(false)
    expect(config.devMailbox).toBe(false)
    expect(config.keys.allowGenerated).toBe(false)
    expect(() => loadConfig({ ...PRODUCTION, DEV_MAILBOX: 'true' })).toThrow(/ALLOW_DEV_MAILBOX/)
    expect(
      loadConfig({ ...PRODUCTION, DEV_MAILBOX: 'true', ALLOW_DEV_MAILBOX: 'true' }).devMailbox,
    ).toBe(true)
    expect(loadConfig({ ...PRODUCTION, ALLOW_GENERATED_KEYS: 'true' }).keys).toMatchObject({
      allowGenerated: true,
    })
  })

  it('demo: listens on the loopback only, with the mailbox and generated keys', () => {
    const config = loadConfig({})
    expect(config.host).toBe('127.0.0.1')
    expect(config.devMailbox).toBe(true)
    expect(config.keys.allowGenerated).toBe(true)
    // Anything but NODE_ENV=production is the demo, never a production with demo defaults.
    expect(loadConfig({ NODE_ENV: 'prod' }).mode).toBe('demo')
  })

  it('gives a client without captcha a third of the per-address budget', () => {
    expect(loadConfig({ CAPTCHA_REQUIRED: 'false' }).ipLimit).toEqual({
      requests: 20,
      windowSeconds: 600,
    })
    expect(loadConfig({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '7' }).ipLimit.requests).toBe(
      7,
    )
    // The OTP routes' other per-address budgets follow it.
    expect(loadConfig({ CAPTCHA_REQUIRED: 'false' }).otpAbuse.perIp).toEqual({
      sendsPerDay: 100,
      checks: 20,
    })
  })

  it('refuses OTP settings outside MOSIP’s bounds instead of clamping them', () => {
    expect(loadConfig({ OTP_TTL_SECONDS: '600' }).otp.ttlSeconds).toBe(600)
    expect(loadConfig({ OTP_TTL_SECONDS: '30' }).otp.ttlSeconds).toBe(30)
    for (const [name, bad] of [
      ['OTP_TTL_SECONDS', '601'],
      ['OTP_TTL_SECONDS', '29'],
      ['OTP_MAX_ATTEMPTS', '11'],
      ['OTP_MAX_ATTEMPTS', '0'],
      ['OTP_MAX_SENDS', '101'],
      ['OTP_MAX_SENDS', '0'],
      ['OTP_SEND_WINDOW_SECONDS', '59'],
      ['IP_LIMIT_REQUESTS', '0'],
      // NIST SP 800-63B 5.2.2: a lock-out after at most 100 consecutive failed attempts.
      ['OTP_LOCKOUT_FAILURES', '101'],
      ['OTP_FREE_FAILURES', '0'],
      ['OTP_MAX_SENDS_PER_DAY', '0'],
    ] as const) {
      expect(() => loadConfig({ [name]: bad }), `${name}=${bad}`).toThrow(
        new RegExp(`^${name} must be an integer`),
      )
    }
  })

  it('reads booleans strictly: only the usual spellings turn a guard off', () => {
    for (const off of ['false', 'FALSE', '0', 'no', 'off']) {
      expect(loadConfig({ CAPTCHA_REQUIRED: off }).captchaRequired, off).toBe(false)
    }
    for (const on of ['true', '1', 'yes', 'On']) {
      expect(loadConfig({ TRUST_PROXY: on }).trustProxy, on).toBe(true)
    }
    // An empty value is the default, not "off".
    expect(loadConfig({ CAPTCHA_REQUIRED: '' }).captchaRequired).toBe(true)
    expect(() => loadConfig({ TRUST_PROXY: 'maybe' })).toThrow(/TRUST_PROXY must be true or false/)
  })
})

describe('the defaults as a running server applies them', () => {
  let t: TestApp
  beforeAll(async () => {
    // Only the budget is lowered, to keep the test short; the proxy setting stays the default.
    t = await createTestApp({ IP_LIMIT_REQUESTS: '3' })
  })
  afterAll(() => t.close())

  it('counts requests by the connecting address, whatever X-Forwarded-For claims', async () => {
    const statuses: number[] = []
    for (const spoofed of ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4']) {
      const res = await t.app.inject({
        url: `${API}/aid-stage/${'9'.repeat(29)}`,
        remoteAddress: '192.0.2.77',
        headers: { 'x-forwarded-for': spoofed },
      })
      statuses.push(res.statusCode)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
  })

  it('refuses to send an OTP without a solved captcha, and tells the portal it is on', async () => {
    const eng = featured('card-ready-eng')
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/individualId/otp`,
      remoteAddress: '192.0.2.78',
      payload: otpRequest(eng.uin as string, newTransactionId(), ['EMAIL']),
    })
    expect(res.json().errors[0].errorCode).toBe('RES-SER-909')
    expect(res.json().response).toBeNull()
    const properties = await t.app.inject({ url: `${API}/proxy/config/ui-properties` })
    expect(properties.json().response).toMatchObject({
      'mosip.resident.captcha.enable': true,
      'mosip.kernel.otp.expiry-time': 180,
      'resident.otp.resend.after.seconds': 60,
    })
  })
})
