import crypto from 'node:crypto'
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { FastifyRequest } from 'fastify'
import { type Static, Type } from 'typebox'
import { Compile } from 'typebox/compile'
import { ResidentError } from '../resident/errors.ts'
import type { ReplayGuard } from './rate-limit.ts'

/**
 * ALTCHA proof of work. The browser fetches a challenge, solves it with altcha-lib's
 * `solveChallenge` and sends `X-Captcha: base64(JSON {challenge, solution})`, the challenge exactly
 * as received. Challenges are signed (HMAC), expire, and are accepted once.
 */
export const CAPTCHA_HEADER = 'x-captcha'

/**
 * Work per challenge: PBKDF2-SHA-256 with `iterations` per try, and the answer is a counter drawn
 * uniformly from [minCounter, maxCounter], so the solver tries that many keys. The default
 * (5,000 × ~150 tries ≈ 750,000 iterations, at most 1.25 M) takes ~0.15 s on one server core and
 * about a second in WebCrypto on a slow phone; a fixed range keeps the wait predictable.
 */
export interface CaptchaCost {
  iterations: number
  minCounter: number
  maxCounter: number
}

export const DEFAULT_CAPTCHA_COST: CaptchaCost = {
  iterations: 5000,
  minCounter: 50,
  maxCounter: 250,
}

export interface CaptchaOptions {
  /** Deployment secret (≥ 16 bytes); the signing keys are derived from it. */
  secret: Uint8Array
  /** False for the official resident-ui, which sends no captcha: every request passes. */
  required: boolean
  replay: ReplayGuard
  expiresSeconds?: number
  cost?: CaptchaCost
}

export interface Captcha {
  challenge(): Promise<Challenge>
  /** Throws RES-SER-909 unless the request carries a fresh, solved, unused challenge of ours. */
  verify(request: FastifyRequest): Promise<void>
}

const Hex = (maxLength: number) => Type.String({ pattern: '^[0-9a-f]*$', maxLength })

/** The challenge as altcha-lib makes it; every field listed, as the serializer drops the rest. */
export const CaptchaChallenge = Type.Object({
  parameters: Type.Object({
    algorithm: Type.String({ maxLength: 32 }),
    nonce: Hex(128),
    salt: Hex(128),
    cost: Type.Integer({ minimum: 1 }),
    keyLength: Type.Integer({ minimum: 1, maximum: 128 }),
    keyPrefix: Hex(256),
    keySignature: Type.Optional(Hex(256)),
    expiresAt: Type.Optional(Type.Integer()),
    memoryCost: Type.Optional(Type.Integer()),
    parallelism: Type.Optional(Type.Integer()),
    data: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
      ),
    ),
  }),
  signature: Hex(256),
})

const CaptchaPayload = Type.Object({
  challenge: CaptchaChallenge,
  solution: Type.Object({
    counter: Type.Integer({ minimum: 0 }),
    derivedKey: Hex(256),
    time: Type.Optional(Type.Number()),
  }),
})
const payloadCheck = Compile(CaptchaPayload)

/** Generous for a challenge and its solution (~700 bytes as base64). */
const MAX_HEADER_LENGTH = 4096

function readPayload(header: unknown): Static<typeof CaptchaPayload> | undefined {
  if (typeof header !== 'string' || header.length > MAX_HEADER_LENGTH) return undefined
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(header)) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64').toString('utf8'))
    return payloadCheck.Check(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function createCaptcha(options: CaptchaOptions): Captcha {
  if (options.secret.length < 16) throw new Error('captcha secret must be at least 16 bytes')
  const expiresSeconds = options.expiresSeconds ?? 300
  const cost = options.cost ?? DEFAULT_CAPTCHA_COST
  // Two keys: one signs the challenge, one the expected answer (so checking costs no PBKDF2).
  const subkey = (label: string) =>
    crypto.createHmac('sha256', options.secret).update(label).digest('hex')
  // Stryker disable next-line StringLiteral: any two different labels separate the keys
  const hmacSignatureSecret = subkey('resident captcha challenge v1')
  // Stryker disable next-line StringLiteral: any two different labels separate the keys
  const hmacKeySignatureSecret = subkey('resident captcha answer v1')
  const refuse = () => new ResidentError('RES-SER-909')

  return {
    challenge: () =>
      createChallenge({
        algorithm: 'PBKDF2/SHA-256',
        cost: cost.iterations,
        counter: randomInt(cost.maxCounter, cost.minCounter),
        deriveKey,
        expiresAt: Math.floor(Date.now() / 1000) + expiresSeconds,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
      }),

    async verify(request) {
      if (!options.required) return
      const payload = readPayload(request.headers[CAPTCHA_HEADER])
      const { challenge, solution } = payload ?? {}
      const expiresAt = challenge?.parameters.expiresAt
      if (!challenge || !solution || expiresAt === undefined) throw refuse()
      const result = await verifySolution({
        challenge,
        solution,
        deriveKey,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
      }).catch(() => undefined)
      if (!result?.verified) throw refuse()
      // Remember the challenge until it expires anyway; a second use is a replay.
      const ttl = expiresAt - Math.floor(Date.now() / 1000) + 1
      if (!(await options.replay.firstUse(`captcha:${challenge.signature}`, ttl))) throw refuse()
    },
  }
}
