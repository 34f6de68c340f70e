import type { Challenge } from 'altcha-lib'
import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2'
import type { FastifyInstance } from 'fastify'
import { generateUin, secureDigits } from '../src/ids/id-rules.ts'
import type { JobRunner } from '../src/jobs/worker.ts'
import {
  FEATURED_RESIDENTS,
  type FeaturedRole,
} from '../src/platform/embedded/identity/featured.ts'
import type { IdentityPort } from '../src/platform/identity.ts'

export const API = '/resident/v1'

export function featured(role: FeaturedRole) {
  const resident = FEATURED_RESIDENTS.find((r) => r.role === role)
  if (!resident) throw new Error(`no featured resident ${role}`)
  return resident
}

/** Solves a fresh captcha challenge the way the portal does and returns the `X-Captcha` value. */
export async function captchaHeader(app: FastifyInstance): Promise<string> {
  const res = await app.inject({ method: 'GET', url: `${API}/captcha/challenge` })
  const challenge = res.json().response as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

let counter = 0
/** A fresh 10-digit transaction id per call. */
export const newTransactionId = () =>
  String(1_000_000_000 + ((Date.now() + counter++ * 7919) % 8_999_999_999))

export const requestTime = () => new Date().toISOString()

/** A request time `m` minutes in the past (negative: in the future). */
export const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

/** A UIN that passes every id rule and was never issued in this database. */
export async function neverIssuedUin(identity: IdentityPort): Promise<string> {
  for (;;) {
    const uin = generateUin(secureDigits)
    if (!(await identity.resolve(uin))) return uin
  }
}

/** Waits until the job runner has delivered everything queued (messages go out after commit). */
export async function deliveredAll(jobs: Pick<JobRunner, 'stats'>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    const { queued, running } = await jobs.stats()
    if (queued === 0 && running === 0) return
    if (Date.now() > until) throw new Error('queued messages were not delivered in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The newest OTP the development mailbox holds for this address or number, once delivered. */
export async function otpFromMailbox(
  { app, jobs }: { app: FastifyInstance; jobs: Pick<JobRunner, 'stats'> },
  to: string,
): Promise<string> {
  await deliveredAll(jobs)
  const res = await app.inject({
    method: 'GET',
    url: `${API}/dev/mailbox?to=${encodeURIComponent(to)}&limit=1`,
  })
  const [message] = res.json().response.messages as { body: string }[]
  const otp = message?.body.match(/\b\d{6}\b/)?.[0]
  if (!otp) throw new Error('no OTP in the mailbox')
  return otp
}

export function otpRequest(individualId: string, transactionId: string, channels: string[]) {
  return {
    id: 'mosip.identity.otp.internal',
    version: '1.0',
    transactionId,
    requestTime: requestTime(),
    individualId,
    otpChannel: channels,
    metadata: {},
  }
}

export function otpCheck(id: string, individualId: string, transactionId: string, otp: string) {
  return {
    id,
    version: '1.0',
    requesttime: requestTime(),
    request: { transactionId, individualId, otp },
  }
}
