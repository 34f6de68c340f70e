import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  API,
  captchaHeader,
  deliveredAll,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from '../../../test/otp-flow.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const status = (individualId: string, channel: string) =>
  t.app.inject({
    method: 'GET',
    url: `${API}/channel/verification-status/?channel=${channel}&individualId=${individualId}`,
  })

async function reqOtp(
  individualId: string,
  transactionId: string,
  channel: string,
  on: TestApp = t,
) {
  const { transactionId: _, ...body } = otpRequest(individualId, transactionId, [channel])
  return on.app.inject({
    method: 'POST',
    url: `${API}/req/otp`,
    headers: on.config.captchaRequired ? { 'x-captcha': await captchaHeader(on.app) } : {},
    payload: { ...body, transactionID: transactionId },
  })
}

const validate = (individualId: string, transactionId: string, otp: string) =>
  t.app.inject({
    method: 'POST',
    url: `${API}/validate-otp`,
    payload: otpCheck('mosip.resident.identity.auth', individualId, transactionId, otp),
  })

describe('verify my email', () => {
  it('goes from unverified to verified through an OTP to that address, by VID', async () => {
    const hin = featured('card-ready-hin')
    const vid = hin.vid?.vid as string
    let res = await status(vid, 'EMAIL')
    expect(res.json().response.verificationStatus).toBe(false)
    // MOSIP's masked form only: the first three letters of the name part and the domain.
    const [local, domain] = (hin.email as string).split('@')
    expect(res.json().response.maskedUserId).toBe(
      `${local?.slice(0, 3)}${'*'.repeat((local?.length ?? 3) - 3)}@${domain}`,
    )

    const transactionId = newTransactionId()
    const sent = await reqOtp(vid, transactionId, 'EMAIL')
    expect(sent.json()).toMatchObject({
      transactionID: transactionId,
      errors: null,
      response: { maskedMobile: null, maskedEmail: expect.stringMatching(/X/) },
    })
    const otp = await otpFromMailbox(t, hin.email as string)
    res = await validate(vid, transactionId, otp)
    expect(res.json().response).toEqual({ authStatus: true, transactionId, status: 'Success' })
    expect(res.headers.eventid).toMatch(/^[1-9]\d{15}$/)

    // Verified for the email, by UIN as well as by VID; the phone is still unverified.
    expect((await status(vid, 'EMAIL')).json().response.verificationStatus).toBe(true)
    expect((await status(hin.uin as string, 'email')).json().response.verificationStatus).toBe(true)
    expect((await status(vid, 'PHONE')).json().response.verificationStatus).toBe(false)

    // The resident was told, in their language, with the event id (delivered after commit).
    await deliveredAll(t.jobs)
    const mail = await t.ports.notifier.mailbox?.list({ to: hin.email as string, limit: 1 })
    expect(mail?.[0]?.body).toContain(res.headers.eventid as string)
  })

  it('accepts a one-time VID for each of its uses, the last one included', async () => {
    const oneTime = featured('vid-one-time')
    const vid = oneTime.vid?.vid as string
    for (let use = 0; use < 2; use++) {
      const transactionId = newTransactionId()
      expect((await reqOtp(vid, transactionId, 'EMAIL')).json().errors).toBeNull()
      const otp = await otpFromMailbox(t, oneTime.email as string)
      const res = await validate(vid, transactionId, otp)
      expect(res.json().response).toEqual({ authStatus: true, transactionId, status: 'Success' })
    }
    // Used up: the VID no longer opens anything, and IDA says so (not "never issued").
    const spent = await reqOtp(vid, newTransactionId(), 'EMAIL')
    expect(spent.json().errors[0].errorCode).toBe('IDA-MLC-023')
  })

  it('reports a resident with no phone number as such (maskedUserId null)', async () => {
    const emailOnly = featured('email-only')
    const res = await status(emailOnly.uin as string, 'PHONE')
    expect(res.json().response).toEqual({ verificationStatus: false, maskedUserId: null })
    const sent = await reqOtp(emailOnly.uin as string, newTransactionId(), 'PHONE')
    // MOSIP's portal reads IDA-MLC-009 as "no registered contact"; IDA's reason is the message.
    expect(sent.json().errors[0]).toMatchObject({
      errorCode: 'IDA-MLC-009',
      errorMessage: expect.stringMatching(/otpChannel: Phone Number not registered/),
    })
  })

  it('answers an unknown id exactly as a malformed one (RES-SER-522), a bad channel RES-SER-410', async () => {
    const unknown = (await status('2'.repeat(10), 'EMAIL')).json()
    const malformed = (await status('12', 'EMAIL')).json()
    expect(unknown.errors).toEqual(malformed.errors)
    expect(unknown.errors[0].errorCode).toBe('RES-SER-522')
    const deactivated = (await status(featured('uin-deactivated').uin as string, 'EMAIL')).json()
    expect(deactivated.errors).toEqual(malformed.errors)
    const res = await status(featured('card-ready-eng').uin as string, 'FAX')
    expect(res.json().errors[0]).toMatchObject({ errorCode: 'RES-SER-410' })
    expect(res.json().errors[0].message).toContain('channel')
  })

  it('refuses the 11th OTP for one person in ten minutes, whatever the transaction', async () => {
    // The send limit's test, not the captcha's: no eleven proofs of work to solve.
    const noCaptcha = await createTestApp({ CAPTCHA_REQUIRED: 'false' })
    try {
      const kan = featured('card-ready-kan')
      const codes: string[] = []
      for (let i = 0; i < 11; i++) {
        const res = await reqOtp(kan.uin as string, newTransactionId(), 'PHONE', noCaptcha)
        codes.push(res.json().errors?.[0]?.errorCode ?? 'ok')
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('ok'))
      expect(codes[10]).toBe('IDA-OTA-001')
    } finally {
      await noCaptcha.close()
    }
  })

  it('refuses an OTP-email check for a resident who locked email OTP', async () => {
    const locked = featured('otp-email-phone-locked')
    const res = await reqOtp(locked.uin as string, newTransactionId(), 'EMAIL')
    expect(res.json().errors[0].errorCode).toBe('IDA-MLC-019')
  })

  it('limits the public status route per client address (429 with Retry-After)', async () => {
    const small = await createTestApp({ IP_LIMIT_REQUESTS: '3' })
    try {
      const id = featured('card-ready-eng').uin as string
      const url = `${API}/channel/verification-status/?channel=EMAIL&individualId=${id}`
      const codes: number[] = []
      for (let i = 0; i < 4; i++)
        codes.push((await small.app.inject({ method: 'GET', url })).statusCode)
      expect(codes).toEqual([200, 200, 200, 429])
      const refused = await small.app.inject({ method: 'GET', url })
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
      expect(refused.json().errors[0].errorCode).toBe('RES-SER-905')
    } finally {
      await small.close()
    }
  })
})
