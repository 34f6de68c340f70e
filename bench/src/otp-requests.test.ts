import { OtpCheckBody, OtpRequestBody } from '@resident/server'
import { Value } from 'typebox/value'
import { describe, expect, it } from 'vitest'
import {
  isOtpSent,
  isOtpValidated,
  otpIn,
  SEND_PATH,
  sendBody,
  sendWorkload,
  transactionIds,
  validateBody,
  validateWorkload,
} from './otp-requests.ts'

const ticket = { individualId: '4924503283', transactionId: '1234567890', otp: '042917' }

describe('OTP benchmark requests', () => {
  it('sends bodies the server’s own schemas accept', () => {
    expect(Value.Check(OtpRequestBody, JSON.parse(sendBody('4924503283', '1234567890')))).toBe(true)
    expect(Value.Check(OtpCheckBody, JSON.parse(validateBody(ticket)))).toBe(true)
  })

  it('gives distinct 10-digit transaction ids, wrapping before 11 digits', () => {
    const next = transactionIds(9_999_999_998)
    expect([next(), next(), next()]).toEqual(['9999999998', '9999999999', '1000000000'])
    const random = transactionIds()
    const ids = new Set(Array.from({ length: 100 }, random))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^[0-9]{10}$/)
  })

  it('counts an HTTP 200 carrying errors as a failure', () => {
    const sent = { response: { maskedMobile: null, maskedEmail: 'XXna@example.org' }, errors: null }
    expect(isOtpSent(JSON.stringify(sent))).toBe(true)
    const refused = {
      response: null,
      errors: [{ errorCode: 'IDA-OTA-001', errorMessage: 'Innumerous OTP requests received' }],
    }
    expect(isOtpSent(JSON.stringify(refused))).toBe(false)
    expect(isOtpSent('<html>')).toBe(false)
    const ok = { response: { authStatus: true, transactionId: '1', status: 'Success' }, errors: [] }
    expect(isOtpValidated(JSON.stringify(ok))).toBe(true)
    const wrong = {
      response: null,
      errors: [{ errorCode: 'RES-OTP-007', message: 'OTP is invalid' }],
    }
    expect(isOtpValidated(JSON.stringify(wrong))).toBe(false)
  })

  it('finds the six-digit OTP in a message, in any script around it', () => {
    expect(
      otpIn('Dear Ana,\nYour one-time password (OTP) is 042917. It is valid for 3 minutes.'),
    ).toBe('042917')
    expect(otpIn('आपका वन-टाइम पासवर्ड (OTP) 381204 है।')).toBe('381204')
    expect(otpIn('كلمة المرور لمرة واحدة (OTP) الخاصة بك هي 550123، وهي صالحة')).toBe('550123')
    expect(otpIn('Event ID 1234567890123456, 12345 or 1234567')).toBeUndefined()
  })

  it('sends each OTP request as a new transaction for the next individual', () => {
    const people = ['a', 'b', 'c'].map((x, i) => ({
      individualId: `${i}`.repeat(10),
      email: `${x}@example.org`,
    }))
    const work = sendWorkload(people, transactionIds(2_000_000_000), 2)
    const bodies = Array.from({ length: 4 }, () => work.next())
    expect(bodies[0]?.path).toBe(SEND_PATH)
    const parsed = bodies.map((b) => JSON.parse(String(b.body)))
    expect(parsed.map((b) => b.individualId)).toEqual([
      '2222222222',
      '0000000000',
      '1111111111',
      '2222222222',
    ])
    expect(new Set(parsed.map((b) => b.transactionId)).size).toBe(4)
    expect(work.issued()).toBe(4)
  })

  it('checks each pre-sent OTP once, then repeats the last (a failure the report shows)', () => {
    const other = { ...ticket, transactionId: '1234567891', otp: '111111' }
    const work = validateWorkload([ticket, other])
    const otps = Array.from({ length: 3 }, () => JSON.parse(String(work.next().body)).request.otp)
    expect(otps).toEqual(['042917', '111111', '111111'])
  })
})
