import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClock,
  createTestIdentity,
  createTestNotifier,
  nextTransactionId,
  openTestIdAuth,
} from '../../../../test/support/id-auth-ports.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { IdAuthPort, OtpChannel } from '../../id-auth.ts'
import { hashId, type Keys } from '../../keys.ts'

let handle: DatabaseHandle
let keys: Keys
const people = createTestIdentity()
const notifier = createTestNotifier()
const clock = createClock()
let ida: IdAuthPort

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

function send(individualId: string, channels: OtpChannel[], transactionId = nextTransactionId()) {
  return ida.sendOtp({
    individualId,
    transactionId,
    channels,
    purpose: 'get-my-uin',
    partnerId: 'resident',
  })
}

describe('sendOtp', () => {
  it('sends a fresh 6-digit OTP to the chosen channels in the resident languages', async () => {
    const { uin, person } = people.add({ email: 'ainnovax1z@gmail.com', phone: '9876543210' })
    const result = await send(uin, ['EMAIL', 'PHONE'])
    expect(result).toEqual({
      ok: true,
      uin,
      maskedEmail: 'XXnXXvXX1X@gmail.com',
      maskedMobile: 'XXXXXX3210',
      sentTo: ['EMAIL', 'PHONE'],
    })
    // One message per channel (each delivered and retried on its own), with the same code.
    const [email, sms] = notifier.sent.slice(-2)
    const common = {
      topic: 'receive-otp',
      templateType: 'success',
      languages: ['fra', 'eng'],
      variables: { validMinutes: 3, name: person.fullName },
    }
    expect(email).toMatchObject({ ...common, to: { email: 'ainnovax1z@gmail.com' } })
    expect(sms).toMatchObject({ ...common, to: { phone: '9876543210' } })
    expect(email?.variables.otp).toBe(sms?.variables.otp)
    const otps = new Set<string>()
    for (let i = 0; i < 8; i++) {
      await send(uin, ['EMAIL'])
      otps.add(notifier.lastOtp())
    }
    for (const otp of otps) expect(otp).toMatch(/^[0-9]{6}$/)
    expect(otps.size).toBeGreaterThan(1)
  })

  it('sends only to the chosen channel and masks only that one', async () => {
    const { vid } = people.add()
    const result = await send(vid, ['PHONE'])
    expect(result).toMatchObject({ ok: true, maskedEmail: null, sentTo: ['PHONE'] })
    expect(notifier.sent.at(-1)?.to).toEqual({ phone: expect.any(String) })
  })

  it('stores no OTP digits, only a keyed hash bound to the individual and transaction', async () => {
    const { uin } = people.add()
    const transactionId = nextTransactionId()
    await send(uin, ['EMAIL'], transactionId)
    const otp = notifier.lastOtp()
    const rows = await handle.db
      .selectFrom('ida_otp')
      .selectAll()
      .where('uin_hash', '=', hashId(keys, uin))
      .execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]?.transaction_id).toBe(transactionId)
    expect(rows[0]?.otp_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(rows)).not.toContain(otp)
    expect(JSON.stringify(rows)).not.toContain(uin)
  })

  it('refuses the 11th send in 10 minutes across ids and transactions, and accepts after', async () => {
    const { uin, vid, aid } = people.add()
    const ids = [uin, vid, aid]
    // Ten sends at 0 s, 10 s, … 90 s.
    for (let i = 0; i < 10; i++) {
      expect((await send(ids[i % 3] as string, ['EMAIL'])).ok).toBe(true)
      clock.advance(10)
    }
    expect(await send(vid, ['PHONE'])).toEqual({
      ok: false,
      error: { errorCode: 'IDA-OTA-001', errorMessage: 'Innumerous OTP requests received' },
    })
    clock.advance(300)
    expect((await send(uin, ['EMAIL'])).ok).toBe(false)
    // At 601 s the first send has left the window; the refused ones never counted.
    clock.advance(201)
    expect((await send(uin, ['EMAIL'])).ok).toBe(true)
    expect((await send(aid, ['EMAIL'])).ok).toBe(false)
    clock.advance(10)
    expect((await send(aid, ['EMAIL'])).ok).toBe(true)
  })

  it('refuses the 21st send in any 24 hours, and sends again a day after the flood', async () => {
    const { uin, vid } = people.add()
    const start = clock.now().getTime()
    const at = (seconds: number) => clock.advance(seconds - (clock.now().getTime() - start) / 1000)
    // Two full bursts, 11 minutes apart: each within the 10-minute limit.
    for (let i = 0; i < 20; i++) {
      expect((await send(i % 2 ? uin : vid, ['EMAIL'])).ok).toBe(true)
      clock.advance(i === 9 ? 660 : 1)
    }
    clock.advance(3600)
    expect(await send(uin, ['PHONE'])).toEqual({
      ok: false,
      error: { errorCode: 'IDA-OTA-001', errorMessage: 'Innumerous OTP requests received' },
    })
    // The day rolls: 24 h after the first burst (sent in its first 10 s) its sends stop
    // counting, and only they.
    at(86_399)
    expect((await send(uin, ['EMAIL'])).ok).toBe(false)
    at(86_410)
    expect((await send(uin, ['EMAIL'])).ok).toBe(true)
  })

  it('lets no more than 10 of many concurrent sends through', async () => {
    const { uin } = people.add()
    const results = await Promise.all(Array.from({ length: 14 }, () => send(uin, ['EMAIL'])))
    expect(results.filter((r) => r.ok)).toHaveLength(10)
    expect(results.filter((r) => !r.ok && r.error.errorCode === 'IDA-OTA-001')).toHaveLength(4)
  })

  it('refuses an unknown id, an AID without UIN and a request without channel', async () => {
    expect(await send('5999999999', ['EMAIL'])).toEqual({
      ok: false,
      error: { errorCode: 'IDA-MLC-018', errorMessage: 'UIN not available in database' },
    })
    expect(await send('4999999999999999', ['EMAIL'])).toMatchObject({
      error: { errorCode: 'IDA-MLC-018', errorMessage: 'VID not available in database' },
    })
    expect(await send(people.addPendingAid(), ['EMAIL'])).toMatchObject({
      error: { errorCode: 'IDA-MLC-018' },
    })
    expect(await send(people.add().uin, [])).toEqual({
      ok: false,
      error: { errorCode: 'IDA-OTA-008', errorMessage: 'OTP Notification Channel not provided' },
    })
  })

  it('refuses a channel without registered contact (IDA-MLC-014) and skips it among others', async () => {
    const { uin } = people.add({ email: null })
    const before = notifier.sent.length
    expect(await send(uin, ['EMAIL'])).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-MLC-014',
        errorMessage: 'Email not registered. Individual has to register and try again',
      },
    })
    expect(notifier.sent.length).toBe(before)
    expect(await send(uin, ['EMAIL', 'PHONE'])).toMatchObject({
      ok: true,
      maskedEmail: null,
      sentTo: ['PHONE'],
    })
  })

  it('refuses an email-only send when otp-email is locked, and skips it among others', async () => {
    const { uin } = people.add()
    await ida.setAuthTypeLocked(uin, 'otp-email', true)
    expect(await ida.lockedAuthTypes(uin)).toEqual(['otp-email'])
    expect(await send(uin, ['EMAIL'])).toEqual({
      ok: false,
      error: {
        errorCode: 'IDA-MLC-019',
        errorMessage: 'otp-email Auth Type is Locked for the UIN',
      },
    })
    expect(await send(uin, ['EMAIL', 'PHONE'])).toMatchObject({ ok: true, sentTo: ['PHONE'] })
    expect(notifier.sent.at(-1)?.to).toEqual({ phone: expect.any(String) })
    await ida.setAuthTypeLocked(uin, 'otp-email', false)
    expect(await ida.lockedAuthTypes(uin)).toEqual([])
    expect((await send(uin, ['EMAIL'])).ok).toBe(true)
  })

  it('answers IDA-OTA-002 when nothing can carry the message, and stores no OTP', async () => {
    const { uin } = people.add()
    const transactionId = nextTransactionId()
    notifier.outcome.email = 'failed'
    const before = notifier.sent.length
    try {
      expect(await send(uin, ['EMAIL'], transactionId)).toEqual({
        ok: false,
        error: { errorCode: 'IDA-OTA-002', errorMessage: 'Could not generate/send OTP' },
      })
      expect(notifier.sent.length).toBe(before)
      const auth = await ida.authenticateOtp({
        individualId: uin,
        transactionId,
        otp: '123456',
        purpose: 'get-my-uin',
        partnerId: 'resident',
      })
      expect(auth).toMatchObject({ ok: false, error: { errorCode: 'IDA-OTA-005' } })
      // One channel can carry it: the answer names only that one.
      expect(await send(uin, ['EMAIL', 'PHONE'])).toMatchObject({
        ok: true,
        maskedEmail: null,
        sentTo: ['PHONE'],
      })
      expect(notifier.sent.at(-1)?.to).toEqual({ phone: expect.any(String) })
    } finally {
      notifier.outcome.email = 'sent'
    }
  })
})
