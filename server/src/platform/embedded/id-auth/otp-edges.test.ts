import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createClock,
  createTestIdentity,
  createTestNotifier,
  nextTransactionId,
  OTP_ABUSE_LIMITS,
  OTP_LIMITS,
  openTestIdAuth,
  otpClient,
} from '../../../../test/support/id-auth-ports.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { IdAuthPort } from '../../id-auth.ts'
import { embeddedTables } from '../tables.ts'
import { seedAuthLocks } from './auth-records.ts'

/**
 * The edges of the embedded IDA that a mutation run found unguarded: IDA's exact messages, input
 * checks on both calls, lapsed VIDs, the order of refusals with locks, limits set to zero, a
 * collision of fresh ids, and what an attempt record keeps.
 */
let handle: DatabaseHandle
const people = createTestIdentity()
const notifier = createTestNotifier()
const clock = createClock()
let ida: IdAuthPort
let client: ReturnType<typeof otpClient>

beforeAll(async () => {
  ;({ handle, ida } = await openTestIdAuth({
    identity: people.port,
    notifier: notifier.port,
    now: clock.now,
  }))
  client = otpClient(ida, notifier)
})

afterAll(async () => {
  await handle?.close()
})

const send = (individualId: string, channels: ('EMAIL' | 'PHONE')[], transactionId?: string) =>
  ida.sendOtp({
    individualId,
    transactionId: transactionId ?? nextTransactionId(),
    channels,
    partnerId: 'resident',
    purpose: 'get-my-uin',
  })

describe('input IDA refuses before looking further', () => {
  it('a transaction id that is not 10 digits, on send and on check (IDA-MLC-009)', async () => {
    const { uin } = people.add()
    const error = {
      errorCode: 'IDA-MLC-009',
      errorMessage: 'Invalid Input Parameter - transactionID',
    }
    for (const bad of ['123456789', '12345678901', 'x1234567890', '1234567890x']) {
      expect(await send(uin, ['EMAIL'], bad)).toEqual({ ok: false, error })
      expect(await client.auth(uin, bad, '123456')).toEqual({ ok: false, error })
    }
    const { transactionId, otp } = await client.requestOtp(uin)
    for (const bad of [`${otp}0`, `0${otp}`]) {
      expect(await client.auth(uin, transactionId, bad)).toMatchObject({
        error: { errorCode: 'IDA-MLC-009', errorMessage: 'Invalid Input Parameter - otp' },
      })
    }
    expect(await client.auth(uin, transactionId, otp)).toMatchObject({ ok: true })
  })
})

describe("IDA's answers for ids that open nothing", () => {
  it('a VID that ran out is IDA-MLC-023; an unknown 16-digit id a VID, any other a UIN', async () => {
    const { vid } = people.add()
    people.lapse(vid)
    const lapsed = { errorCode: 'IDA-MLC-023', errorMessage: 'VID is expired/deactivated' }
    expect(await send(vid, ['EMAIL'])).toEqual({ ok: false, error: lapsed })
    expect(await client.auth(vid, nextTransactionId(), '123456')).toEqual({
      ok: false,
      error: lapsed,
    })
    const unknown = (idType: string) => ({
      ok: false,
      error: { errorCode: 'IDA-MLC-018', errorMessage: `${idType} not available in database` },
    })
    expect(await send('4999999999999999', ['EMAIL'])).toEqual(unknown('VID'))
    expect(await send('49999999999999999999', ['EMAIL'])).toEqual(unknown('UIN'))
  })
})

describe('which channels get the OTP', () => {
  it('says a locked channel is locked even when it has no contact either (MLC-019 first)', async () => {
    const { uin } = people.add({ phone: null })
    await ida.setAuthTypeLocked(uin, 'otp-phone', true)
    expect(await send(uin, ['PHONE'])).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-MLC-019',
        errorMessage: 'otp-phone Auth Type is Locked for the UIN',
      },
    })
    await ida.setAuthTypeLocked(uin, 'otp-phone', false)
    expect(await send(uin, ['PHONE'])).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-MLC-014',
        errorMessage: 'Phone Number not registered. Individual has to register and try again',
      },
    })
  })

  it('names both missing contacts in one message', async () => {
    const { uin } = people.add({ email: null, phone: null })
    expect(await send(uin, ['EMAIL', 'PHONE'])).toMatchObject({
      error: {
        errorMessage:
          'Email and Phone Number not registered. Individual has to register and try again',
      },
    })
  })

  it('masks only the contacts it sent to', async () => {
    const { uin } = people.add()
    expect(await send(uin, ['EMAIL'])).toMatchObject({ ok: true, maskedMobile: null })
  })
})

describe('limits set to zero', () => {
  it.each([
    ['no sends per window', { maxSends: 0 }, {}],
    ['no sends per day', {}, { sendsPerDay: 0 }],
  ])('%s: no OTP at all (IDA-OTA-001)', async (_, otp, abuse) => {
    const other = await openTestIdAuth({
      identity: people.port,
      notifier: notifier.port,
      now: clock.now,
      otp: { ...OTP_LIMITS, ...otp },
      abuse: { ...OTP_ABUSE_LIMITS, ...abuse },
    })
    try {
      const { uin } = people.add()
      const refused = await other.ida.sendOtp({
        individualId: uin,
        transactionId: nextTransactionId(),
        channels: ['EMAIL'],
        partnerId: 'resident',
        purpose: 'get-my-uin',
      })
      expect(refused).toMatchObject({ ok: false, error: { errorCode: 'IDA-OTA-001' } })
    } finally {
      await other.handle.close()
    }
  })

  it('one send allowed is one OTP sent', async () => {
    const other = await openTestIdAuth({
      identity: people.port,
      notifier: notifier.port,
      now: clock.now,
      otp: { ...OTP_LIMITS, maxSends: 1 },
    })
    try {
      const { uin } = people.add()
      const request = {
        individualId: uin,
        channels: ['EMAIL' as const],
        partnerId: 'r',
        purpose: 'get-my-uin' as const,
      }
      expect(
        await other.ida.sendOtp({ ...request, transactionId: nextTransactionId() }),
      ).toMatchObject({ ok: true })
      expect(
        await other.ida.sendOtp({ ...request, transactionId: nextTransactionId() }),
      ).toMatchObject({ ok: false })
    } finally {
      await other.handle.close()
    }
  })
})

describe('a fresh OTP id that exists already', () => {
  it('is drawn again: the send succeeds and the OTP works', async () => {
    const { uin } = people.add()
    await client.requestOtp(uin)
    const [taken] = (await handle.db
      .selectFrom('ida_otp' as never)
      .select('id' as never)
      .execute()) as { id: string }[]
    const spy = vi
      .spyOn(crypto, 'randomUUID')
      .mockReturnValueOnce(taken?.id as `${string}-${string}-${string}-${string}-${string}`)
    try {
      const { transactionId, otp } = await client.requestOtp(uin)
      expect(spy).toHaveBeenCalledTimes(2)
      expect(await client.auth(uin, transactionId, otp)).toMatchObject({ ok: true })
    } finally {
      spy.mockRestore()
    }
  })
})

describe('checks and what they record', () => {
  it('an OTP sent to two channels still works when one of them is locked afterwards', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await client.requestOtp(uin, ['EMAIL', 'PHONE'])
    await ida.setAuthTypeLocked(uin, 'otp-phone', true)
    expect(await client.auth(uin, transactionId, otp)).toMatchObject({ ok: true })
  })

  it('replaying a used code costs the person none of their budget of wrong codes', async () => {
    const { uin } = people.add()
    const used = await client.requestOtp(uin)
    expect(await client.auth(uin, used.transactionId, used.otp)).toMatchObject({ ok: true })
    for (let i = 0; i < 8; i++) {
      expect(await client.auth(uin, used.transactionId, used.otp)).toMatchObject({
        error: { errorCode: 'IDA-OTA-004' },
      })
    }
    const fresh = await client.requestOtp(uin)
    expect(await client.auth(uin, fresh.transactionId, fresh.otp)).toMatchObject({ ok: true })
  })

  it('records the channel type of an email OTP, and bounded partner and transaction ids', async () => {
    const { uin } = people.add()
    const { transactionId, otp } = await client.requestOtp(uin, ['EMAIL'])
    expect(await client.auth(uin, transactionId, otp, 'p'.repeat(300))).toMatchObject({ ok: true })
    await client.auth(uin, 't'.repeat(300), otp)
    const [bad, good] = await ida.authAttempts(uin, 2)
    expect(good).toMatchObject({ authType: 'otp-email', success: true })
    expect(good?.partnerId).toBe('p'.repeat(128))
    expect(bad?.transactionId).toBe('t'.repeat(64))
  })

  it('seeding no locks writes nothing and fails nothing', async () => {
    const { uin } = people.add()
    await seedAuthLocks(embeddedTables(handle.db), [])
    await seedAuthLocks(embeddedTables(handle.db), [{ uin, authTypes: [] }])
    expect(await ida.lockedAuthTypes(uin)).toEqual([])
  })
})
