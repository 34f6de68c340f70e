import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FeaturedRole } from '../src/platform/embedded/identity/featured.ts'
import {
  API,
  captchaHeader,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from './otp-flow.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * How the resident service reports each way an OTP check fails (`RES-OTP-…`, MOSIP's codes), as a
 * resident sees it on `/download-card`: each answer tells the portal a different thing to say
 * (ask for a new code, retype it, unlock a channel in Secure my ID).
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())
afterEach(() => {
  vi.useRealTimers()
})

async function sendOtp(role: FeaturedRole, channels: ('PHONE' | 'EMAIL')[]) {
  const who = featured(role)
  const transactionId = newTransactionId()
  const res = await t.app.inject({
    method: 'POST',
    url: `${API}/individualId/otp`,
    headers: { 'x-captcha': await captchaHeader(t.app) },
    payload: otpRequest(who.uin as string, transactionId, channels),
  })
  expect(res.json().errors).toBeNull()
  const to = channels.includes('EMAIL') ? who.email : who.phone
  const otp = await otpFromMailbox(t, to as string)
  return { uin: who.uin as string, transactionId, otp }
}

async function downloadError(individualId: string, transactionId: string, otp: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: `${API}/download-card`,
    payload: otpCheck('mosip.resident.download.uin.card', individualId, transactionId, otp),
  })
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const body = res.json()
  expect(body.response).toBeNull()
  expect(body.errors).toHaveLength(1)
  return body.errors[0].errorCode as string
}

const wrongOtp = (otp: string) => (otp === '000000' ? '111111' : '000000')

describe('RES-OTP errors of /download-card', () => {
  it('RES-OTP-007 for a wrong OTP before expiry, RES-OTP-006 for the right one after it', async () => {
    const { uin, transactionId, otp } = await sendOtp('card-ready-hin', ['EMAIL'])
    // Only the clock moves (timers stay real): the OTP lives 180 s by default.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
    vi.setSystemTime(Date.now() + 170_000)
    expect(await downloadError(uin, transactionId, wrongOtp(otp))).toBe('RES-OTP-007')
    vi.setSystemTime(Date.now() + 15_000)
    expect(await downloadError(uin, transactionId, otp)).toBe('RES-OTP-006')
    // A wrong code on an expired OTP is still "expired": retyping will not help, a new code will.
    expect(await downloadError(uin, transactionId, wrongOtp(otp))).toBe('RES-OTP-006')
  })

  it('RES-OTP-008 for an OTP of another transaction', async () => {
    const { uin, otp } = await sendOtp('card-ready-kan', ['EMAIL'])
    expect(await downloadError(uin, newTransactionId(), otp)).toBe('RES-OTP-008')
  })

  it('RES-SER-465 once the wrong tries are used up, even for the right OTP', async () => {
    const { uin, transactionId, otp } = await sendOtp('card-ready-tam', ['EMAIL'])
    for (let i = 0; i < 5; i++) {
      expect(await downloadError(uin, transactionId, wrongOtp(otp))).toBe('RES-OTP-007')
    }
    expect(await downloadError(uin, transactionId, otp)).toBe('RES-SER-465')
  })

  it('RES-OTP-010 when phone OTP is locked', async () => {
    const { uin, transactionId, otp } = await sendOtp('card-ready-ara', ['PHONE'])
    await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-phone', true)
    expect(await downloadError(uin, transactionId, otp)).toBe('RES-OTP-010')
  })

  it('RES-OTP-011 when email OTP is locked', async () => {
    const { uin, transactionId, otp } = await sendOtp('card-ready-spa', ['EMAIL'])
    await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-email', true)
    expect(await downloadError(uin, transactionId, otp)).toBe('RES-OTP-011')
  })

  it('RES-OTP-012 when both are locked', async () => {
    const { uin, transactionId, otp } = await sendOtp('card-ready-fra', ['PHONE', 'EMAIL'])
    await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-phone', true)
    await t.ports.idAuth.setAuthTypeLocked(uin, 'otp-email', true)
    expect(await downloadError(uin, transactionId, otp)).toBe('RES-OTP-012')
  })

  it('audits each refusal under its RES code', () => {
    const refused = t.audits
      .filter((a) => a.action === 'GET_MY_UIN_CARD' && a.result === 'FAILURE')
      .map((a) => a.errorCode)
    for (const code of [
      'RES-OTP-006',
      'RES-OTP-007',
      'RES-OTP-008',
      'RES-SER-465',
      'RES-OTP-010',
      'RES-OTP-011',
      'RES-OTP-012',
    ]) {
      expect(refused).toContain(code)
    }
  })
})
