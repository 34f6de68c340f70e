import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClock,
  createTestIdentity,
  createTestNotifier,
  nextTransactionId,
  OTP_ABUSE_LIMITS,
  openTestIdAuth,
} from '../../../../test/support/id-auth-ports.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { IdAuthPort, OtpChannel } from '../../id-auth.ts'
import { embeddedTables } from '../tables.ts'
import { createFailureBudget, type FailurePolicy, nextCheck } from './failure-budget.ts'

/**
 * The per-person guessing budget (issue 10): wrong codes are counted per individual across all
 * their OTPs, transactions and channels; after 5 each check waits longer, and 100 lock out.
 */
let handle: DatabaseHandle
const people = createTestIdentity()
const notifier = createTestNotifier()
const clock = createClock()
let ida: IdAuthPort

beforeAll(async () => {
  ;({ handle, ida } = await openTestIdAuth({
    identity: people.port,
    notifier: notifier.port,
    now: clock.now,
  }))
})

afterAll(async () => {
  await handle?.close()
})

async function requestOtp(individualId: string, channels: OtpChannel[] = ['EMAIL']) {
  const transactionId = nextTransactionId()
  const request = { individualId, transactionId, channels, partnerId: 'resident' }
  expect((await ida.sendOtp({ ...request, purpose: 'get-my-uin' })).ok).toBe(true)
  return { transactionId, otp: notifier.lastOtp() }
}

function auth(individualId: string, transactionId: string, otp: string) {
  const request = { individualId, transactionId, otp, partnerId: 'resident' }
  return ida.authenticateOtp({ ...request, purpose: 'get-my-uin' })
}

const wrong = (otp: string, n = 1) => String((Number(otp) + n) % 1_000_000).padStart(6, '0')

/** `count` wrong codes for `uin`, two on each fresh OTP, each of its own transaction and channel. */
async function failOnFreshOtps(uin: string, count: number) {
  let current = await requestOtp(uin)
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % 2 === 0) current = await requestOtp(uin, [i % 4 ? 'PHONE' : 'EMAIL'])
    expect(await auth(uin, current.transactionId, wrong(current.otp, i + 1))).toMatchObject({
      error: { errorCode: 'IDA-OTA-004' },
    })
  }
}

describe('nextCheck', () => {
  const policy: FailurePolicy = OTP_ABUSE_LIMITS.failures
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000)

  it('lets 5 failures through, then waits 30 s doubling up to 15 minutes', () => {
    for (let failures = 0; failures < 5; failures++) {
      expect(nextCheck({ failures, lastFailureAt: at(0) }, at(0), policy)).toEqual({
        failures: failures + 1,
      })
    }
    const waits = [5, 6, 7, 8, 9, 10, 50, 99].map((failures) =>
      nextCheck({ failures, lastFailureAt: at(0) }, at(0), policy),
    )
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900].map((s) => ({ waitSeconds: s })))
    expect(nextCheck({ failures: 6, lastFailureAt: at(0) }, at(59), policy)).toEqual({
      waitSeconds: 1,
    })
    expect(nextCheck({ failures: 6, lastFailureAt: at(0) }, at(60), policy)).toEqual({
      failures: 7,
    })
  })

  it('never makes anyone wait without an outstanding failure, even with no free failures', () => {
    const strict = { ...policy, free: 0 }
    expect(nextCheck({ failures: 0, lastFailureAt: at(0) }, at(1), strict)).toEqual({ failures: 1 })
    expect(nextCheck({ failures: 1, lastFailureAt: at(0) }, at(1), strict)).toEqual({
      waitSeconds: 59,
    })
  })

  it('locks out at 100 failures for 24 h, then forgets them', () => {
    const locked = { failures: 100, lastFailureAt: at(0) }
    expect(nextCheck(locked, at(3600), policy)).toEqual({ waitSeconds: 86_400 - 3600 })
    expect(nextCheck(locked, at(86_400), policy)).toEqual({ failures: 1 })
    expect(nextCheck({ failures: 7, lastFailureAt: at(0) }, at(86_400), policy)).toEqual({
      failures: 1,
    })
  })
})

describe('wrong codes per individual', () => {
  it('counts them across OTPs, transactions and channels; the 6th check waits unevaluated', async () => {
    const { uin, vid } = people.add()
    await failOnFreshOtps(uin, 5)
    // A fresh OTP, asked by VID: the right code is refused without being compared.
    const { transactionId, otp } = await requestOtp(vid, ['PHONE'])
    expect(await auth(vid, transactionId, otp)).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-OTA-007',
        errorMessage:
          'UIN is locked for OTP validation due to exceeding no of invalid OTP trials. Please try after 30 seconds',
        retryAfterSeconds: 30,
      },
    })
    // Knocking during the wait does not lengthen it, nor use up the OTP's own tries.
    clock.advance(20)
    expect(await auth(vid, transactionId, otp)).toMatchObject({
      error: { errorCode: 'IDA-OTA-007', retryAfterSeconds: 10 },
    })
    clock.advance(10)
    expect(await auth(vid, transactionId, otp)).toMatchObject({ ok: true, uin })
  })

  it('makes each further failure wait longer, and a right code clears the count', async () => {
    const { uin } = people.add()
    await failOnFreshOtps(uin, 5)
    const { transactionId, otp } = await requestOtp(uin)
    clock.advance(30)
    expect(await auth(uin, transactionId, wrong(otp))).toMatchObject({
      error: { errorCode: 'IDA-OTA-004' },
    })
    expect(await auth(uin, transactionId, otp)).toMatchObject({
      error: { errorCode: 'IDA-OTA-007', retryAfterSeconds: 60 },
    })
    clock.advance(60)
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
    // Cleared: five typos are free again.
    await failOnFreshOtps(uin, 5)
    const next = await requestOtp(uin)
    expect(await auth(uin, next.transactionId, next.otp)).toMatchObject({
      error: { errorCode: 'IDA-OTA-007', retryAfterSeconds: 30 },
    })
  })

  it('counts only checks that compare a code: no OTP for the transaction costs nothing', async () => {
    const { uin } = people.add()
    for (let i = 0; i < 12; i++) {
      expect(await auth(uin, nextTransactionId(), '123456')).toMatchObject({
        error: { errorCode: 'IDA-OTA-005' },
      })
    }
    const { transactionId, otp } = await requestOtp(uin)
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
  })

  it('lets one of several concurrent checks through when one failure is left', async () => {
    const budget = createFailureBudget(embeddedTables(handle.db), OTP_ABUSE_LIMITS.failures)
    const uinHash = `test-${nextTransactionId()}`
    for (let i = 0; i < 4; i++) expect(await budget.claim(uinHash, clock.now())).toBe(0)
    // On PostgreSQL, a connection per caller first, so their reads of the count can race.
    await Promise.all([1, 2, 3, 4].map(() => sql`SELECT pg_sleep(0.05)`.execute(handle.db)))
    const waits = await Promise.all([1, 2, 3, 4].map(() => budget.claim(uinHash, clock.now())))
    expect(waits.sort()).toEqual([0, 30, 30, 30])
  })

  it('lets no more than 5 of many concurrent guesses be compared', async () => {
    const { uin } = people.add()
    const otps = [await requestOtp(uin), await requestOtp(uin), await requestOtp(uin)]
    const results = await Promise.all(
      otps.flatMap(({ transactionId, otp }) =>
        [1, 2, 3, 4, 5].map((n) => auth(uin, transactionId, wrong(otp, n))),
      ),
    )
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.errorCode))
    expect(codes.filter((c) => c === 'IDA-OTA-004')).toHaveLength(5)
    expect(codes.filter((c) => c === 'IDA-OTA-007')).toHaveLength(10)
  })

  it('locks the individual out at 100 consecutive failures for 24 hours', async () => {
    // Enough sends a day to reach the lock-out (by default the daily send cap comes first).
    const generous = await openTestIdAuth({
      identity: people.port,
      notifier: notifier.port,
      now: clock.now,
      abuse: { ...OTP_ABUSE_LIMITS, sendsPerDay: 1000 },
    })
    try {
      const { uin } = people.add()
      const send = async () => {
        const transactionId = nextTransactionId()
        const request = { individualId: uin, transactionId, channels: ['EMAIL' as const] }
        const sent = await generous.ida.sendOtp({
          ...request,
          purpose: 'get-my-uin',
          partnerId: 'r',
        })
        expect(sent.ok).toBe(true)
        return { transactionId, otp: notifier.lastOtp() }
      }
      const check = (transactionId: string, otp: string) =>
        generous.ida.authenticateOtp({
          individualId: uin,
          transactionId,
          otp,
          purpose: 'get-my-uin',
          partnerId: 'r',
        })
      // One wrong code every 15 minutes (the longest wait): 100 failures in 25 hours, each
      // within 24 h of the one before, so they stay consecutive.
      for (let failure = 1; failure <= 100; failure++) {
        clock.advance(900)
        const { transactionId, otp } = await send()
        expect(await check(transactionId, wrong(otp))).toMatchObject({
          error: { errorCode: 'IDA-OTA-004' },
        })
      }
      clock.advance(900)
      const { transactionId, otp } = await send()
      // Locked for 24 h from the 100th failure, 900 s ago: even the right code is refused.
      expect(await check(transactionId, otp)).toMatchObject({
        error: { errorCode: 'IDA-OTA-007', retryAfterSeconds: 86_400 - 900 },
      })
      clock.advance(86_400 - 900)
      const fresh = await send()
      expect(await check(fresh.transactionId, fresh.otp)).toMatchObject({ ok: true, uin })
    } finally {
      await generous.handle.close()
    }
  }, 60_000)
})

describe('pruning forgotten failures', () => {
  it('deletes the rows of failures older than the lock-out, and only those', async () => {
    const db = embeddedTables(handle.db)
    const budget = createFailureBudget(db, OTP_ABUSE_LIMITS.failures)
    const now = clock.now()
    const old = new Date(now.getTime() - (OTP_ABUSE_LIMITS.failures.lockoutSeconds + 60) * 1000)
    const [stale, recent] = [`stale-${now.getTime()}`, `recent-${now.getTime()}`]
    expect(await budget.claim(stale, old)).toBe(0)
    expect(await budget.claim(recent, now)).toBe(0)
    await budget.prune(now)
    const left = await db
      .selectFrom('ida_otp_failure')
      .select('uin_hash')
      .where('uin_hash', 'in', [stale, recent])
      .execute()
    expect(left.map((r) => r.uin_hash)).toEqual([recent])
  })
})
