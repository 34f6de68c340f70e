/**
 * The captcha's parser under fuzzing (the main run in fuzz.test.ts turns the captcha off):
 * 1,000 hostile `X-Captcha` headers on the public OTP-send routes, from a fixed seed, each
 * refused with RES-SER-909 in IDA's shape, never a 5xx; then a really solved challenge still
 * passes once and its replay is refused.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API, captchaHeader, newTransactionId, otpRequest } from '../otp-flow.ts'
import { createTestApp, type TestApp } from '../test-app.ts'
import { captchaHeaders } from './captcha-headers.ts'

const SEED = 20_260_511
const RUNS = 1000
const UIN = '8743179037'
const ROUTES = [`${API}/req/otp`, `${API}/individualId/otp`]

let t: TestApp

beforeAll(async () => {
  // Captcha required (the default); the per-address budget out of the way.
  t = await createTestApp({ IP_LIMIT_REQUESTS: '1000000', LOG_LEVEL: 'warn' })
})
afterAll(() => t.close())

const send = (url: string, header: string | undefined) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: header === undefined ? {} : { 'x-captcha': header },
    payload: otpRequest(UIN, newTransactionId(), ['EMAIL']),
  })

describe('fuzzing the X-Captcha header', () => {
  it(`refuses ${RUNS} hostile headers with RES-SER-909, in IDA's shape`, async () => {
    const challenge = (await t.app.inject({ url: `${API}/captcha/challenge` })).json().response
    const headers = fc.sample(captchaHeaders(challenge), { seed: SEED, numRuns: RUNS })
    const wrong: string[] = []
    for (const [i, header] of headers.entries()) {
      const res = await send(ROUTES[i % ROUTES.length] as string, header)
      const code = res.headers['content-type']?.toString().startsWith('application/json')
        ? res.json().errors?.[0]?.errorCode
        : undefined
      const ida = 'responseTime' in (code ? res.json() : {})
      if (res.statusCode !== 200 || code !== 'RES-SER-909' || !ida) {
        wrong.push(`${res.statusCode} ${code} ${JSON.stringify(header).slice(0, 200)}`)
      }
    }
    expect(wrong.slice(0, 5), `${wrong.length} not refused as RES-SER-909`).toEqual([])
    expect(t.logs.filter((line) => line.includes('"level":50'))).toEqual([])
  }, 120_000)

  it('still accepts a solved challenge once, and refuses its replay', async () => {
    const header = await captchaHeader(t.app)
    const first = await send(`${API}/req/otp`, header)
    expect(first.json().errors).toBe(null)
    const replay = await send(`${API}/req/otp`, header)
    expect(replay.json().errors[0].errorCode).toBe('RES-SER-909')
  }, 30_000)
})
