import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeaturedRole } from '../src/platform/embedded/identity/featured.ts'
import {
  API,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from './otp-flow.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * An OTP opens only the door it was sent for (issue 10): a code sent to verify a contact
 * (`/req/otp`) cannot download a card or read the AID status, and a code sent for Get my UIN
 * (`/individualId/otp`) cannot verify a contact. The wrong door answers exactly as a code of
 * another transaction would, and leaves the code usable at its own door.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false' })
})
afterAll(() => t.close())

type SendPath = '/req/otp' | '/individualId/otp'

async function sendOtp(path: SendPath, role: FeaturedRole) {
  const who = featured(role)
  const uin = who.uin as string
  const transactionId = newTransactionId()
  const { transactionId: _, ...body } = otpRequest(uin, transactionId, ['EMAIL'])
  const res = await t.app.inject({
    method: 'POST',
    url: `${API}${path}`,
    payload: { ...body, [path === '/req/otp' ? 'transactionID' : 'transactionId']: transactionId },
  })
  expect(res.json().errors).toBeNull()
  return { uin, transactionId, otp: await otpFromMailbox(t, who.email as string) }
}

const CHECKS = {
  '/download-card': 'mosip.resident.download.uin.card',
  '/aid/status': 'mosip.resident.checkstatus',
  '/validate-otp': 'mosip.resident.identity.auth',
} as const
type CheckPath = keyof typeof CHECKS

function check(path: CheckPath, uin: string, transactionId: string, otp: string) {
  return t.app.inject({
    method: 'POST',
    url: `${API}${path}`,
    payload: otpCheck(CHECKS[path], uin, transactionId, otp),
  })
}

/** The errors a check answers, with the time stamp left out. */
async function errorsOf(path: CheckPath, uin: string, transactionId: string, otp: string) {
  const res = await check(path, uin, transactionId, otp)
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  return res.json().errors
}

describe('an OTP sent to verify a contact', () => {
  it('downloads no card and reads no AID status, as a code of another transaction would', async () => {
    const { uin, transactionId, otp } = await sendOtp('/req/otp', 'card-ready-ara')
    for (const path of ['/download-card', '/aid/status'] as const) {
      const refused = await errorsOf(path, uin, transactionId, otp)
      expect(refused).toEqual(await errorsOf(path, uin, newTransactionId(), otp))
      expect(refused[0].errorCode).toBe(path === '/download-card' ? 'RES-OTP-008' : 'RES-SER-422')
    }
    // Still good for what it was sent for.
    const res = await check('/validate-otp', uin, transactionId, otp)
    expect(res.json().response).toMatchObject({ authStatus: true, transactionId })
  })
})

describe('an OTP sent for Get my UIN', () => {
  it('verifies no contact, as a code of another transaction would', async () => {
    const { uin, transactionId, otp } = await sendOtp('/individualId/otp', 'card-ready-spa')
    const refused = await errorsOf('/validate-otp', uin, transactionId, otp)
    expect(refused).toEqual(await errorsOf('/validate-otp', uin, newTransactionId(), otp))
    expect(refused[0].errorCode).toBe('RES-SER-422')
    // Still good for what it was sent for.
    const res = await check('/download-card', uin, transactionId, otp)
    expect(res.headers['content-type']).toBe('application/pdf')
  })
})
