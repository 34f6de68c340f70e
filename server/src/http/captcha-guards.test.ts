import crypto from 'node:crypto'
import { type Challenge, solveChallenge, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2'
import type { FastifyRequest } from 'fastify'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type CaptchaCost, createCaptcha, DEFAULT_CAPTCHA_COST } from './captcha.ts'
import { createRateLimits } from './rate-limit.ts'

/**
 * What the captcha check costs and remembers: junk is refused before any proof-of-work check
 * runs (a flood of junk costs the server nothing), and a used challenge stays used until it
 * expires, not a moment less.
 */
vi.mock('altcha-lib', async (original) => {
  const lib = await original<typeof import('altcha-lib')>()
  return { ...lib, verifySolution: vi.fn(lib.verifySolution) }
})
const verifyCalls = vi.mocked(verifySolution)

const CHEAP: CaptchaCost = { iterations: 10, minCounter: 1, maxCounter: 20 }
const request = (value?: string) =>
  ({ headers: value === undefined ? {} : { 'x-captcha': value } }) as unknown as FastifyRequest

function captcha(expiresSeconds?: number) {
  return createCaptcha({
    secret: crypto.randomBytes(32),
    required: true,
    replay: createRateLimits().replayGuard(),
    cost: CHEAP,
    ...(expiresSeconds === undefined ? {} : { expiresSeconds }),
  })
}

async function solved(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

async function refusal(promise: Promise<void>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: string }) => error.code ?? String(error),
  )
}

beforeEach(() => {
  verifyCalls.mockClear()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('captcha: junk costs nothing', () => {
  it('refuses a missing, oversized, non-base64 or ill-shaped header without checking any work', async () => {
    const c = captcha()
    const challenge = await c.challenge()
    const good = await solved(challenge)
    const { solution } = JSON.parse(Buffer.from(good, 'base64').toString()) as {
      solution: object
    }
    const wrap = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
    const junk: (string | undefined)[] = [
      undefined,
      // Longer than any real header, though it decodes to a well-formed one.
      wrap({ challenge, solution, padding: 'x'.repeat(5000) }),
      `%%${good}`,
      `${good}%`,
      wrap({ challenge }),
      wrap({ solution }),
      wrap({
        challenge: { ...challenge, parameters: { ...challenge.parameters, salt: 'XYZ' } },
        solution,
      }),
      wrap({
        challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 0 } },
        solution,
      }),
      wrap({
        challenge: {
          ...challenge,
          parameters: { ...challenge.parameters, algorithm: 'x'.repeat(33) },
        },
        solution,
      }),
      wrap({
        challenge: { ...challenge, parameters: { ...challenge.parameters, keyLength: 129 } },
        solution,
      }),
      wrap({
        challenge: {
          ...challenge,
          parameters: { ...challenge.parameters, nonce: 'a'.repeat(130) },
        },
        solution,
      }),
      wrap({ challenge: { ...challenge, signature: 'not hex' }, solution }),
      wrap({ challenge, solution: { ...solution, counter: 1.5 } }),
      wrap({ challenge, solution: { ...solution, counter: -1 } }),
      wrap({ challenge, solution: { derivedKey: 'ab' } }),
      wrap({ challenge: { parameters: challenge.parameters }, solution }),
    ]
    for (const value of junk) {
      expect(await refusal(c.verify(request(value))), String(value).slice(0, 30)).toBe(
        'RES-SER-909',
      )
    }
    expect(verifyCalls).not.toHaveBeenCalled()
    // The real answer is checked, once, and passes.
    expect(await refusal(c.verify(request(good)))).toBeUndefined()
    expect(verifyCalls).toHaveBeenCalledTimes(1)
  })

  it('takes a header of 4096 characters, the longest it accepts', async () => {
    const c = captcha()
    const good = await solved(await c.challenge())
    const json = Buffer.from(good, 'base64').toString()
    // JSON may end in spaces: 3072 bytes are exactly 4096 base64 characters.
    const padded = (bytes: number) => Buffer.from(json.padEnd(bytes, ' ')).toString('base64')
    expect(padded(3072)).toHaveLength(4096)
    expect(await refusal(c.verify(request(padded(3075))))).toBe('RES-SER-909')
    expect(verifyCalls).not.toHaveBeenCalled()
    expect(await refusal(c.verify(request(padded(3072))))).toBeUndefined()
  })

  it('refuses a challenge without an expiry before checking it', async () => {
    const c = captcha()
    const challenge = await c.challenge()
    const { expiresAt: _dropped, ...parameters } = challenge.parameters
    const header = await solved(challenge)
    const { solution } = JSON.parse(Buffer.from(header, 'base64').toString()) as {
      solution: object
    }
    const noExpiry = Buffer.from(
      JSON.stringify({ challenge: { ...challenge, parameters }, solution }),
    )
    expect(await refusal(c.verify(request(noExpiry.toString('base64'))))).toBe('RES-SER-909')
    expect(verifyCalls).not.toHaveBeenCalled()
  })

  it('answers RES-SER-909, not a server error, when the check itself throws', async () => {
    const c = captcha()
    const header = await solved(await c.challenge())
    verifyCalls.mockRejectedValueOnce(new Error('unsupported algorithm'))
    expect(await refusal(c.verify(request(header)))).toBe('RES-SER-909')
  })
})

describe('captcha: a used challenge stays used until it expires', () => {
  it('refuses the replay one second before the challenge expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_800_000_000_000)
    const c = captcha(10)
    const header = await solved(await c.challenge())
    expect(await refusal(c.verify(request(header)))).toBeUndefined()
    vi.setSystemTime(1_800_000_009_500)
    expect(await refusal(c.verify(request(header)))).toBe('RES-SER-909')
  })

  it('refuses the replay a little later, with the default lifetime of five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(1_800_000_000_000)
    const c = captcha()
    const challenge = await c.challenge()
    expect(challenge.parameters.expiresAt).toBe(1_800_000_000 + 300)
    const header = await solved(challenge)
    expect(await refusal(c.verify(request(header)))).toBeUndefined()
    vi.setSystemTime(1_800_000_120_000)
    expect(await refusal(c.verify(request(header)))).toBe('RES-SER-909')
  })
})

describe('captcha: settings', () => {
  it('takes a 16-byte secret, refuses a shorter one', () => {
    const replay = createRateLimits().replayGuard()
    expect(() =>
      createCaptcha({ secret: crypto.randomBytes(16), required: true, replay }),
    ).not.toThrow()
    expect(() => createCaptcha({ secret: crypto.randomBytes(15), required: true, replay })).toThrow(
      /at least 16 bytes/,
    )
  })

  it('asks the default work when no cost is given', async () => {
    const c = createCaptcha({
      secret: crypto.randomBytes(32),
      required: true,
      replay: createRateLimits().replayGuard(),
    })
    const challenge = await c.challenge()
    expect(challenge.parameters.cost).toBe(DEFAULT_CAPTCHA_COST.iterations)
  })
})
