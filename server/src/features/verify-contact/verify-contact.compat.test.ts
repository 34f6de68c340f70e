/**
 * MOSIP's answer to each class of invalid input on "Verify phone number / email", as the
 * official service gives it (service notes §2.4, §7; RequestValidator, IdAuthServiceImpl and ID
 * authentication's OTPRequestValidator):
 * - `/channel/verification-status/` checks the channel first (RES-SER-410 `channel`, empty
 *   included), then the id: anything but a valid UIN or VID is RES-SER-522. We answer an id that
 *   was never issued, deactivated, or an AID exactly as a malformed one.
 * - `/req/otp` hands the request to ID authentication, whose codes come back unchanged: missing
 *   or empty IDA-MLC-006, malformed IDA-MLC-009, a request time outside its clock skew
 *   IDA-MLC-001, no channel IDA-OTA-008, an id never issued IDA-MLC-018, a revoked, expired or
 *   used-up VID IDA-MLC-023.
 * - `/validate-otp` asks ID authentication to check the OTP: any refusal is RES-SER-422 with
 *   IDA's message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  API,
  featured,
  minutesAgo,
  neverIssuedUin as neverIssued,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
} from '../../../test/otp-flow.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  // Input classes, not the captcha: no proof of work per request.
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '10000' })
})
afterAll(() => t.close())

const eng = featured('card-ready-eng')
const UIN = eng.uin as string

const neverIssuedUin = () => neverIssued(t.ports.identity)

describe('GET /channel/verification-status/', () => {
  const status = (query: string) =>
    t.app.inject({ url: `${API}/channel/verification-status/?${query}` })

  it.each([
    ['missing', 'no channel', `individualId=${UIN}`, 'RES-SER-410'],
    ['empty', 'an empty channel', `channel=&individualId=${UIN}`, 'RES-SER-410'],
    [
      'malformed',
      'a channel that is neither PHONE nor EMAIL',
      `channel=FAX&individualId=${UIN}`,
      'RES-SER-410',
    ],
    [
      'malformed',
      'a bad channel and a bad id: the channel is checked first',
      'channel=SMS&individualId=12',
      'RES-SER-410',
    ],
    ['missing', 'no individual id', 'channel=EMAIL', 'RES-SER-522'],
    ['empty', 'an empty individual id', 'channel=EMAIL&individualId=', 'RES-SER-522'],
    ['malformed', 'letters', 'channel=EMAIL&individualId=abcdefghij', 'RES-SER-522'],
    [
      'malformed',
      'ten digits that fail the UIN checksum',
      'channel=EMAIL&individualId=2345678901',
      'RES-SER-522',
    ],
    [
      'malformed',
      'an AID (only a UIN or VID is asked)',
      `channel=EMAIL&individualId=${eng.application.aid}`,
      'RES-SER-522',
    ],
    [
      'wrong state',
      'a deactivated UIN',
      `channel=PHONE&individualId=${featured('uin-deactivated').uin}`,
      'RES-SER-522',
    ],
  ])('%s: %s → %s', async (_kind, _what, query, code) => {
    const res = await status(query)
    expect(res.statusCode).toBe(200)
    expect(res.json().errors[0].errorCode).toBe(code)
  })

  it('unknown: a valid UIN never issued answers exactly as a malformed one (RES-SER-522)', async () => {
    const unknown = (await status(`channel=EMAIL&individualId=${await neverIssuedUin()}`)).json()
    const malformed = (await status('channel=EMAIL&individualId=12')).json()
    expect(unknown.errors).toEqual(malformed.errors)
    expect(unknown.errors[0].errorCode).toBe('RES-SER-522')
  })

  it('accepts the channel in any case, as MOSIP compares it', async () => {
    const res = await status(`channel=eMail&individualId=${UIN}`)
    expect(res.json().errors).toBeNull()
  })
})

/** A valid `/req/otp` body, with one field changed or removed (`undefined`). */
function reqOtpBody(change: Record<string, unknown> = {}) {
  const body: Record<string, unknown> = {
    id: 'mosip.identity.otp.internal',
    version: '1.0',
    transactionID: newTransactionId(),
    requestTime: new Date().toISOString(),
    individualId: UIN,
    otpChannel: ['EMAIL'],
    metadata: {},
    ...change,
  }
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key]
  return body
}

describe('POST /req/otp: ID authentication’s own codes', () => {
  const send = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: `${API}/req/otp`, payload: payload as object })

  it.each([
    ['missing', 'requestTime', { requestTime: undefined }, 'IDA-MLC-006'],
    ['empty', 'requestTime', { requestTime: '' }, 'IDA-MLC-006'],
    ['malformed', 'requestTime', { requestTime: 'yesterday' }, 'IDA-MLC-009'],
    [
      'malformed',
      'requestTime without milliseconds',
      { requestTime: '2026-01-31T09:15:00Z' },
      'IDA-MLC-009',
    ],
    ['out of range', 'requestTime ten minutes old', { requestTime: minutesAgo(10) }, 'IDA-MLC-001'],
    [
      'out of range',
      'requestTime ten minutes ahead',
      { requestTime: minutesAgo(-10) },
      'IDA-MLC-001',
    ],
    ['missing', 'transactionID', { transactionID: undefined }, 'IDA-MLC-006'],
    ['empty', 'transactionID', { transactionID: '' }, 'IDA-MLC-006'],
    ['malformed', 'transactionID of 9 digits', { transactionID: '123456789' }, 'IDA-MLC-009'],
    [
      'malformed',
      'requestTime and transactionID: the time is checked first',
      { requestTime: 'x', transactionID: 'y' },
      'IDA-MLC-009',
    ],
    ['missing', 'id', { id: undefined }, 'IDA-MLC-006'],
    ['missing', 'individualId', { individualId: undefined }, 'IDA-MLC-006'],
    ['empty', 'individualId', { individualId: '' }, 'IDA-MLC-006'],
    ['malformed', 'individualId of letters', { individualId: 'ABCDEFGHIJ' }, 'IDA-MLC-009'],
    [
      'malformed',
      'individualId failing the UIN checksum',
      { individualId: '2345678901' },
      'IDA-MLC-009',
    ],
    ['missing', 'otpChannel', { otpChannel: undefined }, 'IDA-OTA-008'],
    ['empty', 'otpChannel', { otpChannel: [] }, 'IDA-OTA-008'],
    ['malformed', 'otpChannel SMS', { otpChannel: ['SMS'] }, 'IDA-MLC-009'],
  ])('%s: %s → %s', async (_kind, _what, change, code) => {
    const res = await send(reqOtpBody(change))
    expect(res.statusCode).toBe(200)
    const error = res.json().errors[0]
    expect(error.errorCode).toBe(code)
    expect(error.errorMessage).not.toBe('')
  })

  it('names the field in IDA’s words: "Missing Input Parameter - requestTime"', async () => {
    const res = await send(reqOtpBody({ requestTime: undefined }))
    expect(res.json().errors[0].errorMessage).toBe('Missing Input Parameter - requestTime')
  })

  it('sends no OTP for an invalid or empty requestTime', async () => {
    const email = featured('card-ready-ara').email as string
    const before = await t.ports.notifier.mailbox?.list({ to: email, limit: 200 })
    for (const requestTime of ['', 'now', minutesAgo(30)]) {
      const res = await send(
        reqOtpBody({ requestTime, individualId: featured('card-ready-ara').uin }),
      )
      expect(res.json().errors).not.toBeNull()
    }
    const after = await t.ports.notifier.mailbox?.list({ to: email, limit: 200 })
    expect(after?.length).toBe(before?.length)
  })

  it.each([
    ['unknown', 'a valid UIN never issued', async () => neverIssuedUin(), 'IDA-MLC-018'],
    [
      'wrong state',
      'a deactivated UIN (no more than "not available")',
      async () => featured('uin-deactivated').uin as string,
      'IDA-MLC-018',
    ],
    [
      'wrong state',
      'a revoked VID',
      async () => featured('vid-revoked').vid?.vid as string,
      'IDA-MLC-023',
    ],
    [
      'wrong state',
      'the VID of a deactivated UIN',
      async () => featured('uin-deactivated').vid?.vid as string,
      'IDA-MLC-023',
    ],
    [
      'wrong state',
      'a resident without the asked contact',
      async () => featured('email-only').uin as string,
      'IDA-MLC-009',
    ],
    [
      'wrong state',
      'an OTP type the resident locked',
      async () => featured('otp-email-phone-locked').uin as string,
      'IDA-MLC-019',
    ],
  ])('%s: %s → %s', async (_kind, what, id, code) => {
    const channel = what.includes('without') ? ['PHONE'] : ['EMAIL']
    const res = await send(reqOtpBody({ individualId: await id(), otpChannel: channel }))
    expect(res.json().errors[0].errorCode).toBe(code)
  })
})

describe('POST /validate-otp: every OTP failure is RES-SER-422', () => {
  const validate = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: `${API}/validate-otp`, payload: payload as object })
  const check = (individualId: string, transactionId: string, otp: string) =>
    otpCheck('mosip.resident.identity.auth', individualId, transactionId, otp)

  it.each([
    ['missing', 'the request wrapper', { id: 'mosip.resident.identity.auth' }, 'RES-SER-418'],
    [
      'missing',
      'the OTP',
      { request: { transactionId: '1234567890', individualId: UIN } },
      'RES-SER-422',
    ],
    ['malformed', 'an OTP of letters', check(UIN, '1234567890', 'abcdef'), 'RES-SER-422'],
    ['malformed', 'the individual id', check('12ab', '1234567890', '123456'), 'RES-SER-422'],
    ['malformed', 'the transaction id', check(UIN, '12', '123456'), 'RES-SER-422'],
  ])('%s: %s → %s', async (_kind, _what, payload, code) => {
    const res = await validate(payload)
    expect(res.statusCode).toBe(200)
    expect(res.json().errors[0].errorCode).toBe(code)
  })

  it('wrong state: no OTP for this transaction, an unknown id, a wrong OTP, too many tries → RES-SER-422 with IDA’s message', async () => {
    const hin = featured('card-ready-hin')
    const uin = hin.uin as string
    const noOtp = (await validate(check(uin, newTransactionId(), '123456'))).json()
    expect(noOtp.errors[0]).toMatchObject({ errorCode: 'RES-SER-422' })
    expect(noOtp.errors[0].message).toContain('transactionID')
    const unknown = (
      await validate(check(await neverIssuedUin(), newTransactionId(), '123456'))
    ).json()
    expect(unknown.errors[0]).toMatchObject({ errorCode: 'RES-SER-422' })

    const transactionId = newTransactionId()
    const sent = await t.app.inject({
      method: 'POST',
      url: `${API}/req/otp`,
      payload: reqOtpBody({ individualId: uin, transactionID: transactionId }),
    })
    expect(sent.json().errors).toBeNull()
    const otp = await otpFromMailbox(t, hin.email as string)
    const wrong = otp === '000000' ? '000001' : '000000'
    for (let i = 0; i < 5; i++) {
      const res = (await validate(check(uin, transactionId, wrong))).json()
      expect(res.errors[0].errorCode).toBe('RES-SER-422')
    }
    // Five wrong tries killed the OTP: the right one is refused the same way.
    const dead = (await validate(check(uin, transactionId, otp))).json()
    expect(dead.errors[0].errorCode).toBe('RES-SER-422')
  })
})
