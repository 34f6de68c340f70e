import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClock,
  createImmediateOutbox,
  createTestIdentity,
  createTestNotifier,
  nextTransactionId,
  OTP_ABUSE_LIMITS,
  OTP_LIMITS,
  openTestIdAuth,
} from '../../../../test/support/id-auth-ports.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { IdAuthPort, OtpChannel } from '../../id-auth.ts'
import type { Keys } from '../../keys.ts'
import { notificationHandler } from '../../notification-outbox.ts'
import { embeddedTables } from '../tables.ts'
import { seedAuthLocks } from './auth-records.ts'
import { createEmbeddedIdAuth, OTP_MESSAGE_KIND } from './service.ts'

let handle: DatabaseHandle
const people = createTestIdentity()
const notifier = createTestNotifier()
const clock = createClock()
let ida: IdAuthPort
let keys: Keys

beforeAll(async () => {
  ;({ handle, keys, ida } = await openTestIdAuth({
    identity: people.port,
    notifier: notifier.port,
    now: clock.now,
  }))
})

afterAll(async () => {
  await handle?.close()
})

/** Sends an OTP and returns what the resident received. */
async function requestOtp(individualId: string, channels: OtpChannel[] = ['EMAIL']) {
  const transactionId = nextTransactionId()
  const request = { individualId, transactionId, channels, partnerId: 'resident' }
  const sent = await ida.sendOtp({ ...request, purpose: 'get-my-uin' })
  expect(sent.ok).toBe(true)
  return { transactionId, otp: notifier.lastOtp() }
}

function auth(individualId: string, transactionId: string, otp: string) {
  const request = { individualId, transactionId, otp, partnerId: 'resident' }
  return ida.authenticateOtp({ ...request, purpose: 'get-my-uin' })
}

/** A 6-digit code other than `otp`. */
function wrong(otp: string, n = 1): string {
  return String((Number(otp) + n) % 1_000_000).padStart(6, '0')
}

describe('authenticateOtp', () => {
  it('accepts the OTP sent, once, and names the channels it went to', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin, ['PHONE', 'EMAIL'])
    expect(await auth(uin, transactionId, otp)).toEqual({
      ok: true,
      uin,
      channels: ['EMAIL', 'PHONE'],
    })
  })

  it('refuses an OTP used before (IDA-OTA-004)', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin)
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
    expect(await auth(uin, transactionId, otp)).toEqual({
      ok: false,
      error: { errorCode: 'IDA-OTA-004', errorMessage: 'OTP is invalid' },
    })
  })

  it('refuses the right OTP after 5 wrong ones (IDA-OTA-007)', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin)
    for (let i = 1; i <= 5; i++) {
      expect(await auth(uin, transactionId, wrong(otp, i))).toMatchObject({
        error: { errorCode: 'IDA-OTA-004' },
      })
    }
    expect(await auth(uin, transactionId, otp)).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-OTA-007',
        errorMessage: 'UIN is locked for OTP validation due to exceeding no of invalid OTP trials',
      },
    })
  })

  it('accepts the right OTP after 4 wrong ones', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin)
    for (let i = 1; i <= 4; i++) await auth(uin, transactionId, wrong(otp, i))
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
  })

  it('refuses an OTP past its validity (IDA-OTA-003) and accepts it just before', async () => {
    const { uin } = people.add()
    const late = await requestOtp(uin)
    const inTime = await requestOtp(uin)
    clock.advance(179)
    expect((await auth(uin, inTime.transactionId, inTime.otp)).ok).toBe(true)
    clock.advance(1)
    expect(await auth(uin, late.transactionId, late.otp)).toEqual({
      ok: false,
      error: { errorCode: 'IDA-OTA-003', errorMessage: 'OTP has expired' },
    })
  })

  it('refuses the OTP of another transaction (IDA-OTA-005)', async () => {
    const { uin } = people.add()
    const first = await requestOtp(uin)
    const second = await requestOtp(uin)
    expect(await auth(uin, second.transactionId, first.otp)).toMatchObject({ ok: false })
    expect(await auth(uin, nextTransactionId(), first.otp)).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-OTA-005',
        errorMessage: 'Input transactionID does not match transactionID of OTP Request',
      },
    })
    expect((await auth(uin, first.transactionId, first.otp)).ok).toBe(true)
  })

  it('accepts an OTP only for its purpose; another answers as another transaction (IDA-OTA-005)', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin)
    const other = await ida.authenticateOtp({
      ...{ individualId: uin, transactionId, otp, partnerId: 'resident' },
      purpose: 'verify-contact',
    })
    expect(other).toEqual(await auth(uin, nextTransactionId(), otp))
    expect(other).toMatchObject({ error: { errorCode: 'IDA-OTA-005' } })
    // The refused check used none of the OTP's tries: it still opens its own door.
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
  })

  it('accepts only the newest OTP of a transaction', async () => {
    const { uin } = people.add()
    const transactionId = nextTransactionId()
    const send = () =>
      ida.sendOtp({
        individualId: uin,
        transactionId,
        channels: ['EMAIL'],
        purpose: 'get-my-uin',
        partnerId: 'resident',
      })
    await send()
    const old = notifier.lastOtp()
    // Two draws are equal once in a million: send again until the codes differ, so the old
    // code is always put to the test.
    let fresh = old
    for (let i = 0; i < 3 && fresh === old; i++) {
      await send()
      fresh = notifier.lastOtp()
    }
    expect(fresh).not.toBe(old)
    expect((await auth(uin, transactionId, old)).ok).toBe(false)
    expect((await auth(uin, transactionId, fresh)).ok).toBe(true)
  })

  it('refuses validation when the OTP channel was locked after sending (IDA-MLC-019)', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin, ['EMAIL'])
    await ida.setAuthTypeLocked(uin, 'otp-email', true)
    expect(await auth(uin, transactionId, otp)).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-MLC-019',
        errorMessage: 'otp-email Auth Type is Locked for the UIN',
      },
    })
    await ida.setAuthTypeLocked(uin, 'otp-email', false)
    expect((await auth(uin, transactionId, otp)).ok).toBe(true)
  })

  it('honours seeded locks, which need no keys', async () => {
    const { uin } = people.add()
    await seedAuthLocks(embeddedTables(handle.db), [
      { uin, authTypes: ['otp-email', 'otp-phone', 'bio-FACE'] },
    ])
    expect(await ida.lockedAuthTypes(uin)).toEqual(['bio-FACE', 'otp-email', 'otp-phone'])
    const sent = await ida.sendOtp({
      individualId: uin,
      transactionId: nextTransactionId(),
      channels: ['EMAIL', 'PHONE'],
      purpose: 'get-my-uin',
      partnerId: 'resident',
    })
    expect(sent).toMatchObject({ ok: false, error: { errorCode: 'IDA-MLC-019' } })
  })

  it('lets exactly one of several concurrent validations of the same OTP succeed', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await requestOtp(uin)
    // Hold every caller at the identity lookup until all have arrived, so their reads of the
    // OTP row race each other.
    const callers = 4
    // On PostgreSQL, open a connection per caller first so none waits for one.
    await Promise.all(
      Array.from({ length: callers }, () => sql`SELECT pg_sleep(0.05)`.execute(handle.db)),
    )
    let arrived = 0
    let release = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    const gated = createEmbeddedIdAuth(embeddedTables(handle.db), {
      identity: {
        ...people.port,
        resolve: async (id) => {
          arrived += 1
          if (arrived === callers) release()
          await gate
          return people.port.resolve(id)
        },
      },
      notifier: notifier.port,
      outbox: createImmediateOutbox({ [OTP_MESSAGE_KIND]: notificationHandler(notifier.port) }),
      keys,
      otp: OTP_LIMITS,
      abuse: OTP_ABUSE_LIMITS,
      now: clock.now,
    })
    const results = await Promise.all(
      Array.from({ length: callers }, () =>
        gated.authenticateOtp({
          individualId: uin,
          transactionId,
          otp,
          purpose: 'get-my-uin',
          partnerId: 'resident',
        }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.error.errorCode === 'IDA-OTA-004')).toHaveLength(
      callers - 1,
    )
  })

  it('counts a use of the VID it was asked with', async () => {
    const { uin, vid } = people.add()
    const { transactionId, otp } = await requestOtp(vid)
    expect(await auth(vid, transactionId, otp)).toMatchObject({ ok: true, uin })
    expect(people.vidUses).toContain(vid)
  })

  it('refuses an unknown id (IDA-MLC-018) and a malformed OTP (IDA-MLC-009)', async () => {
    expect(await auth('5999999999', nextTransactionId(), '123456')).toEqual({
      ok: false,
      error: { errorCode: 'IDA-MLC-018', errorMessage: 'UIN not available in database' },
    })
    const { uin } = people.add()
    const { transactionId } = await requestOtp(uin)
    expect(await auth(uin, transactionId, '12345')).toEqual({
      ok: false,
      error: { errorCode: 'IDA-MLC-009', errorMessage: 'Invalid Input Parameter - otp' },
    })
  })

  it('records every attempt, newest first, with its outcome', async () => {
    const { uin, vid } = people.add()
    const { transactionId, otp } = await requestOtp(uin, ['PHONE'])
    await auth(uin, transactionId, wrong(otp))
    clock.advance(1)
    await auth(vid, transactionId, otp)
    clock.advance(1)
    const other = nextTransactionId()
    await auth(uin, other, otp)
    const attempts = await ida.authAttempts(uin, 10)
    expect(attempts.map((a) => [a.transactionId, a.success, a.errorCode, a.authType])).toEqual([
      [other, false, 'IDA-OTA-005', null],
      [transactionId, true, null, 'otp-phone'],
      [transactionId, false, 'IDA-OTA-004', 'otp-phone'],
    ])
    expect(attempts[0]?.partnerId).toBe('resident')
    expect(attempts[0]?.at.getTime()).toBe(clock.now().getTime())
    expect(await ida.authAttempts(uin, 1)).toHaveLength(1)
    expect(await ida.authAttempts(people.add().uin, 10)).toEqual([])
  })
})
