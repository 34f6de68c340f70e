/**
 * MOSIP's answer to each class of invalid input on "Get my UIN", as the official service gives
 * it (service notes §2.3, §7; ResidentOtpController, RequestValidator, DownloadCardController and
 * ID authentication's OTPRequestValidator):
 * - `/individualId/otp`: the resident service first checks the individual id (digits) and the
 *   transaction id (10 digits) itself, RES-SER-410; then ID authentication's codes come back
 *   unchanged (missing IDA-MLC-006, malformed IDA-MLC-009, request time out of skew IDA-MLC-001,
 *   no channel IDA-OTA-008, never issued IDA-MLC-018, a revoked or used-up VID IDA-MLC-023); an
 *   AID whose UIN is not generated yet is RES-SER-449.
 * - `/download-card`: RES-SER-410 for a bad transaction id or OTP, RES-SER-414 for a missing
 *   individual id; the OTP check answers the RES-OTP codes (this route's alone); a card that is
 *   not ready RES-SER-509 (HTTP 400), checked after the OTP.
 * - `/aid/status`: RES-SER-410 for every bad field; any OTP failure RES-SER-422.
 * - `/aid-stage/{aid}`: ours where MOSIP is silent: RES-SER-410 malformed, RES-SER-456 unknown.
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
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '10000' })
})
afterAll(() => t.close())

const eng = featured('card-ready-eng')
const UIN = eng.uin as string

const neverIssuedUin = () => neverIssued(t.ports.identity)

/** A valid `/individualId/otp` body as the official portal sends it, one field changed. */
function otpBody(change: Record<string, unknown> = {}) {
  const body: Record<string, unknown> = {
    id: 'mosip.identity.otp.internal',
    version: '1.0',
    transactionId: newTransactionId(),
    requestTime: new Date().toISOString(),
    individualId: UIN,
    otpChannel: ['PHONE', 'EMAIL'],
    metadata: {},
    ...change,
  }
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key]
  return body
}

const sendOtp = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: `${API}/individualId/otp`, payload: payload as object })

describe('GET /aid-stage/{aid}', () => {
  it.each([
    ['malformed', 'letters', 'ABCDEFGHIJ', 'RES-SER-410'],
    ['malformed', 'too short', '12345', 'RES-SER-410'],
    ['unknown', 'an AID nobody applied with', '10099100990099920990101000000', 'RES-SER-456'],
  ])('%s: %s → %s', async (_kind, _what, aid, code) => {
    const res = await t.app.inject({ url: `${API}/aid-stage/${aid}` })
    expect(res.json().errors[0].errorCode).toBe(code)
  })
})

describe('POST /individualId/otp', () => {
  it.each([
    [
      'missing',
      'individualId (the resident service checks it)',
      { individualId: undefined },
      'RES-SER-410',
    ],
    ['empty', 'individualId', { individualId: '' }, 'RES-SER-410'],
    ['malformed', 'individualId with letters', { individualId: '87431790AB' }, 'RES-SER-410'],
    [
      'missing',
      'transactionId (the resident service checks it)',
      { transactionId: undefined },
      'RES-SER-410',
    ],
    ['malformed', 'transactionId of 11 digits', { transactionId: '12345678901' }, 'RES-SER-410'],
    ['missing', 'requestTime', { requestTime: undefined }, 'IDA-MLC-006'],
    ['empty', 'requestTime', { requestTime: ' ' }, 'IDA-MLC-006'],
    ['malformed', 'requestTime', { requestTime: '31/01/2026' }, 'IDA-MLC-009'],
    ['out of range', 'requestTime ten minutes old', { requestTime: minutesAgo(10) }, 'IDA-MLC-001'],
    ['missing', 'id', { id: undefined }, 'IDA-MLC-006'],
    [
      'malformed',
      'individualId of 12 digits (no UIN, VID or AID)',
      { individualId: '123456789012' },
      'IDA-MLC-009',
    ],
    ['missing', 'otpChannel', { otpChannel: undefined }, 'IDA-OTA-008'],
    ['empty', 'otpChannel', { otpChannel: [''] }, 'IDA-OTA-008'],
    ['malformed', 'otpChannel FAX', { otpChannel: ['FAX'] }, 'IDA-MLC-009'],
  ])('%s: %s → %s', async (_kind, _what, change, code) => {
    const res = await sendOtp(otpBody(change))
    expect(res.statusCode).toBe(200)
    expect(res.json().errors[0].errorCode).toBe(code)
    expect(res.json().errors[0].errorMessage).not.toBe('')
  })

  it.each([
    ['unknown', 'a valid UIN never issued', async () => neverIssuedUin(), 'IDA-MLC-018'],
    [
      'wrong state',
      'a deactivated UIN',
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
      'an AID whose UIN is not generated yet',
      async () => featured('in-progress-verification').application.aid,
      'RES-SER-449',
    ],
    [
      'wrong state',
      'a resident with no contact at all',
      async () => featured('no-contact').uin as string,
      'IDA-MLC-009',
    ],
  ])('%s: %s → %s', async (_kind, _what, id, code) => {
    const res = await sendOtp(otpBody({ individualId: await id() }))
    expect(res.json().errors[0].errorCode).toBe(code)
  })

  it('sends no OTP when the requestTime is invalid or empty', async () => {
    const tam = featured('card-ready-tam')
    const before = await t.ports.notifier.mailbox?.list({ to: tam.email as string, limit: 200 })
    for (const requestTime of ['', 'soon', minutesAgo(-10)]) {
      const res = await sendOtp(otpBody({ requestTime, individualId: tam.uin }))
      expect(res.json().errors).not.toBeNull()
    }
    const after = await t.ports.notifier.mailbox?.list({ to: tam.email as string, limit: 200 })
    expect(after?.length).toBe(before?.length)
  })
})

describe('POST /download-card', () => {
  const download = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: `${API}/download-card`, payload: payload as object })
  const check = (individualId: string, transactionId: string, otp: string) =>
    otpCheck('mosip.resident.download.uin.card', individualId, transactionId, otp)

  it.each([
    ['missing', 'the request wrapper', { id: 'mosip.resident.download.uin.card' }, 'RES-SER-418'],
    [
      'missing',
      'individualId',
      { request: { transactionId: '1234567890', otp: '123456' } },
      'RES-SER-414',
    ],
    ['malformed', 'individualId', check('12ab', '1234567890', '123456'), 'RES-SER-410'],
    ['missing', 'transactionId', { request: { individualId: UIN, otp: '123456' } }, 'RES-SER-410'],
    ['malformed', 'transactionId', check(UIN, '123', '123456'), 'RES-SER-410'],
    [
      'missing',
      'otp',
      { request: { individualId: UIN, transactionId: '1234567890' } },
      'RES-SER-410',
    ],
    ['malformed', 'otp of five digits', check(UIN, '1234567890', '12345'), 'RES-SER-410'],
  ])('%s: %s → %s', async (_kind, _what, payload, code) => {
    const res = await download(payload)
    expect(res.json().errors[0].errorCode).toBe(code)
  })

  it('wrong state: no OTP for this transaction RES-OTP-008, a wrong OTP RES-OTP-007, a locked type RES-OTP-011', async () => {
    const kan = featured('card-ready-kan')
    const uin = kan.uin as string
    const none = await download(check(uin, newTransactionId(), '123456'))
    expect(none.json().errors[0].errorCode).toBe('RES-OTP-008')

    const transactionId = newTransactionId()
    const sent = await sendOtp(otpBody({ individualId: uin, transactionId, otpChannel: ['EMAIL'] }))
    expect(sent.json().errors).toBeNull()
    const otp = await otpFromMailbox(t, kan.email as string)
    const wrong = otp === '000000' ? '000001' : '000000'
    expect((await download(check(uin, transactionId, wrong))).json().errors[0].errorCode).toBe(
      'RES-OTP-007',
    )
    await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-email', true)
    try {
      const locked = await download(check(uin, transactionId, otp))
      expect(locked.json().errors[0].errorCode).toBe('RES-OTP-011')
    } finally {
      await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-email', false)
    }
  })

  it('unknown: an id never issued answers as a malformed one (RES-SER-410), never which', async () => {
    const res = await download(check(await neverIssuedUin(), newTransactionId(), '123456'))
    expect(res.json().errors[0]).toMatchObject({ errorCode: 'RES-SER-410' })
    expect(res.json().errors[0].message).toContain('individualId')
  })
})

describe('POST /aid/status', () => {
  const status = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: `${API}/aid/status`, payload: payload as object })
  const check = (individualId: string, transactionId: string, otp: string) =>
    otpCheck('mosip.resident.checkstatus', individualId, transactionId, otp)

  it.each([
    ['missing', 'the request wrapper', { id: 'mosip.resident.checkstatus' }, 'RES-SER-418'],
    [
      'missing',
      'individualId',
      { request: { transactionId: '1234567890', otp: '123456' } },
      'RES-SER-410',
    ],
    ['malformed', 'individualId', check('AID', '1234567890', '123456'), 'RES-SER-410'],
    ['malformed', 'transactionId', check(eng.application.aid, '12', '123456'), 'RES-SER-410'],
    [
      'missing',
      'otp',
      { request: { individualId: UIN, transactionId: '1234567890' } },
      'RES-SER-410',
    ],
  ])('%s: %s → %s', async (_kind, _what, payload, code) => {
    const res = await status(payload)
    expect(res.json().errors[0].errorCode).toBe(code)
  })

  it('wrong state: no OTP, a wrong OTP, an id never issued → RES-SER-422 (never a RES-OTP code)', async () => {
    const spa = featured('card-ready-spa')
    const aid = spa.application.aid
    expect(
      (await status(check(aid, newTransactionId(), '123456'))).json().errors[0].errorCode,
    ).toBe('RES-SER-422')
    const unknown = await status(check(await neverIssuedUin(), newTransactionId(), '123456'))
    expect(unknown.json().errors[0].errorCode).toBe('RES-SER-422')

    const transactionId = newTransactionId()
    expect((await sendOtp(otpBody({ individualId: aid, transactionId }))).json().errors).toBeNull()
    const otp = await otpFromMailbox(t, spa.email as string)
    const wrong = otp === '000000' ? '000001' : '000000'
    const res = await status(check(aid, transactionId, wrong))
    expect(res.json().errors[0]).toMatchObject({
      errorCode: 'RES-SER-422',
      message: 'OTP is invalid',
    })
  })
})
