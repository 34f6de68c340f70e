import crypto from 'node:crypto'
import { type Challenge, type Solution, solveChallenge } from 'altcha-lib'
// The portal's solver: WebCrypto, as in the browser.
import { deriveKey as browserDeriveKey } from 'altcha-lib/algorithms/web/pbkdf2'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { registerCaptchaRoutes } from '../features/captcha/routes.ts'
import { type Captcha, type CaptchaCost, createCaptcha, DEFAULT_CAPTCHA_COST } from './captcha.ts'
import { ok } from './envelope.ts'
import { registerErrorHandling } from './error-handler.ts'
import { createRateLimits } from './rate-limit.ts'

const CHEAP: CaptchaCost = { iterations: 10, minCounter: 1, maxCounter: 20 }
const secret = () => crypto.randomBytes(32)

async function makeApp(captcha: Captcha): Promise<FastifyInstance> {
  const app = Fastify()
  registerErrorHandling(app)
  await app.register(
    async (api) => {
      registerCaptchaRoutes(api, captcha)
      api.post(
        '/req/otp',
        {
          config: { envelope: { responseId: 'mosip.resident.otp' } },
          preHandler: (request) => captcha.verify(request),
        },
        async (request) => ok(request, { sent: true }),
      )
    },
    { prefix: '/resident/v1' },
  )
  await app.ready()
  return app
}

function captchaFor(
  required: boolean,
  overrides: { secret?: Uint8Array; cost?: CaptchaCost } = {},
) {
  return createCaptcha({
    secret: overrides.secret ?? secret(),
    required,
    replay: createRateLimits().replayGuard(),
    cost: overrides.cost ?? CHEAP,
  })
}

async function fetchChallenge(app: FastifyInstance): Promise<Challenge> {
  const res = await app.inject({ url: '/resident/v1/captcha/challenge' })
  expect(res.statusCode).toBe(200)
  return res.json().response
}

async function solve(challenge: Challenge): Promise<Solution> {
  const solution = await solveChallenge({ challenge, deriveKey: browserDeriveKey })
  if (!solution) throw new Error('no solution')
  return solution
}

const header = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64')

async function sendOtp(app: FastifyInstance, captchaHeader?: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/resident/v1/req/otp',
    payload: {},
    ...(captchaHeader === undefined ? {} : { headers: { 'x-captcha': captchaHeader } }),
  })
  const body = res.json()
  return { status: res.statusCode, errors: body.errors, response: body.response }
}

const REFUSED = [{ errorCode: 'RES-SER-909', message: 'Captcha is missing, expired or not solved' }]

afterEach(() => {
  vi.useRealTimers()
})

describe('GET /resident/v1/captcha/challenge', () => {
  it('answers a signed, expiring challenge in the MOSIP envelope, never cached', async () => {
    const app = await makeApp(captchaFor(true, { cost: DEFAULT_CAPTCHA_COST }))
    const res = await app.inject({ url: '/resident/v1/captcha/challenge' })
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json()
    expect(body).toMatchObject({ id: 'resident.captcha.challenge', version: '1.0', errors: null })
    const { parameters, signature } = body.response as Challenge
    expect(signature).toMatch(/^[0-9a-f]{64}$/)
    expect(parameters).toMatchObject({ algorithm: 'PBKDF2/SHA-256', cost: 5000 })
    expect(parameters.keySignature).toMatch(/^[0-9a-f]{64}$/)
    const inSeconds = (parameters.expiresAt ?? 0) - Date.now() / 1000
    expect(inSeconds).toBeGreaterThan(295)
    expect(inSeconds).toBeLessThanOrEqual(300)
    // Two challenges are never the same.
    const again = await fetchChallenge(app)
    expect(again.parameters.nonce).not.toBe(parameters.nonce)
    await app.close()
  })

  it('asks a bounded amount of work: the answer lies in the configured counter range', async () => {
    const app = await makeApp(captchaFor(true, { cost: DEFAULT_CAPTCHA_COST }))
    const challenge = await fetchChallenge(app)
    const solution = await solve(challenge)
    expect(solution.counter).toBeGreaterThanOrEqual(DEFAULT_CAPTCHA_COST.minCounter)
    expect(solution.counter).toBeLessThanOrEqual(DEFAULT_CAPTCHA_COST.maxCounter)
    expect((await sendOtp(app, header({ challenge, solution }))).errors).toBeNull()
    await app.close()
  })
})

describe('captcha required', () => {
  it('accepts a solved challenge once and refuses its replay', async () => {
    const app = await makeApp(captchaFor(true))
    const challenge = await fetchChallenge(app)
    const solved = header({ challenge, solution: await solve(challenge) })
    expect(await sendOtp(app, solved)).toMatchObject({ status: 200, errors: null })
    expect(await sendOtp(app, solved)).toMatchObject({ status: 200, errors: REFUSED })
    // A new challenge works again.
    const next = await fetchChallenge(app)
    expect(
      (await sendOtp(app, header({ challenge: next, solution: await solve(next) }))).errors,
    ).toBeNull()
    await app.close()
  })

  it('refuses a request without the header, or with a malformed one', async () => {
    const app = await makeApp(captchaFor(true))
    const challenge = await fetchChallenge(app)
    const solution = await solve(challenge)
    const bad = [
      undefined,
      '',
      'not base64!',
      Buffer.from('{"challenge":').toString('base64'),
      header({ challenge }),
      header({ solution }),
      header([challenge, solution]),
      header({ challenge, solution: { ...solution, counter: -1 } }),
      header({ challenge, solution: { ...solution, derivedKey: 'ZZ' } }),
      'A'.repeat(5000),
    ]
    for (const value of bad) {
      expect(await sendOtp(app, value), String(value).slice(0, 40)).toMatchObject({
        status: 200,
        errors: REFUSED,
        response: null,
      })
    }
    // The real answer still works: failed attempts did not burn the challenge.
    expect((await sendOtp(app, header({ challenge, solution }))).errors).toBeNull()
    await app.close()
  })

  it('refuses an unsolved challenge and tampered parameters', async () => {
    const app = await makeApp(captchaFor(true))
    const challenge = await fetchChallenge(app)
    const solution = await solve(challenge)
    const wrongKey = { ...solution, derivedKey: crypto.randomBytes(32).toString('hex') }
    expect((await sendOtp(app, header({ challenge, solution: wrongKey }))).errors).toEqual(REFUSED)
    // The prefix alone is not the answer.
    const prefixOnly = { counter: 0, derivedKey: challenge.parameters.keyPrefix.padEnd(64, '0') }
    expect((await sendOtp(app, header({ challenge, solution: prefixOnly }))).errors).toEqual(
      REFUSED,
    )
    const cheaper = { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }
    expect((await sendOtp(app, header({ challenge: cheaper, solution }))).errors).toEqual(REFUSED)
    const longer = {
      ...challenge,
      parameters: {
        ...challenge.parameters,
        expiresAt: (challenge.parameters.expiresAt ?? 0) + 1e6,
      },
    }
    expect((await sendOtp(app, header({ challenge: longer, solution }))).errors).toEqual(REFUSED)
    await app.close()
  })

  it('refuses a challenge signed with another secret', async () => {
    const ours = await makeApp(captchaFor(true))
    const theirs = await makeApp(captchaFor(true))
    const challenge = await fetchChallenge(theirs)
    const solved = header({ challenge, solution: await solve(challenge) })
    expect((await sendOtp(ours, solved)).errors).toEqual(REFUSED)
    expect((await sendOtp(theirs, solved)).errors).toBeNull()
    await ours.close()
    await theirs.close()
  })

  it('refuses an expired challenge', async () => {
    const app = await makeApp(captchaFor(true))
    const challenge = await fetchChallenge(app)
    const solved = header({ challenge, solution: await solve(challenge) })
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 302_000)
    expect((await sendOtp(app, solved)).errors).toEqual(REFUSED)
    await app.close()
  })

  it('keys derived from one secret verify across instances (several processes)', async () => {
    const shared = secret()
    const replay = createRateLimits().replayGuard()
    const a = createCaptcha({ secret: shared, required: true, replay, cost: CHEAP })
    const b = createCaptcha({ secret: shared, required: true, replay, cost: CHEAP })
    const appA = await makeApp(a)
    const appB = await makeApp(b)
    const challenge = await fetchChallenge(appA)
    const solved = header({ challenge, solution: await solve(challenge) })
    expect((await sendOtp(appB, solved)).errors).toBeNull()
    expect((await sendOtp(appA, solved)).errors).toEqual(REFUSED)
    await appA.close()
    await appB.close()
  })
})

describe('captcha not required (official resident-ui)', () => {
  it('accepts requests without the header and ignores a bad one', async () => {
    const app = await makeApp(captchaFor(false))
    expect(await sendOtp(app)).toMatchObject({ status: 200, errors: null })
    expect(await sendOtp(app, 'garbage')).toMatchObject({ status: 200, errors: null })
    await app.close()
  })
})

describe('createCaptcha', () => {
  it('refuses a short secret', () => {
    expect(() =>
      createCaptcha({
        secret: new Uint8Array(8),
        required: true,
        replay: createRateLimits().replayGuard(),
      }),
    ).toThrow(/16 bytes/)
  })
})
