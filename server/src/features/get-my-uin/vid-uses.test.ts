import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  API,
  deliveredAll,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from '../../../test/otp-flow.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/**
 * A Temporary or OneTimeUse VID allows two authentications (MOSIP's default VID policy): each
 * is one card. The second OTP check spends the last use, after which the VID resolves to
 * nothing; the card must still come (it used to answer RES-SER-509 "not ready"). A used-up VID
 * is refused at the next send with IDA-MLC-023, and sends nothing.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '10000' })
})
afterAll(() => t.close())

const send = (vid: string, transactionId: string) =>
  t.app.inject({
    method: 'POST',
    url: `${API}/individualId/otp`,
    payload: otpRequest(vid, transactionId, ['EMAIL', 'PHONE']),
  })

const download = (vid: string, transactionId: string, otp: string) =>
  t.app.inject({
    method: 'POST',
    url: `${API}/download-card`,
    payload: otpCheck('mosip.resident.download.uin.card', vid, transactionId, otp),
  })

describe('a VID with a budget of uses', () => {
  it.each(['vid-one-time', 'vid-temporary'] as const)(
    '%s: every allowed use downloads a card, then the send answers IDA-MLC-023',
    async (role) => {
      const resident = featured(role)
      const vid = resident.vid?.vid as string
      const email = resident.email as string
      // MOSIP's default policy: two authentications for either type (README's demo table).
      for (let use = 1; use <= 2; use++) {
        const transactionId = newTransactionId()
        const sent = await send(vid, transactionId)
        expect(sent.json().errors, `send ${use}`).toBeNull()
        const otp = await otpFromMailbox(t, email)
        const card = await download(vid, transactionId, otp)
        expect(card.statusCode, `card ${use}: ${card.body.slice(0, 200)}`).toBe(200)
        expect(card.headers['content-type']).toBe('application/pdf')
        // The card's success notice must not be read as the next round's OTP.
        await deliveredAll(t.jobs)
      }
      const before = await t.ports.notifier.mailbox?.list({ to: email, limit: 100 })
      const refused = await send(vid, newTransactionId())
      expect(refused.json().errors).toEqual([
        { errorCode: 'IDA-MLC-023', errorMessage: expect.any(String) },
      ])
      expect(refused.json().response).toBeNull()
      await deliveredAll(t.jobs)
      expect(await t.ports.notifier.mailbox?.list({ to: email, limit: 100 })).toEqual(before)
    },
  )

  it('the UIN behind a used-up VID still downloads its card', async () => {
    const resident = featured('vid-one-time')
    const uin = resident.uin as string
    const transactionId = newTransactionId()
    expect((await send(uin, transactionId)).json().errors).toBeNull()
    const otp = await otpFromMailbox(t, resident.email as string)
    const card = await download(uin, transactionId, otp)
    expect(card.headers['content-type']).toBe('application/pdf')
  })
})
