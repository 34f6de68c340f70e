import type { RequestOptions } from './client.ts'
import { apiPost } from './requests.ts'
import type { RequestBodyOf, ResponseOf } from './types.ts'

/** Sending a one-time code, and the pieces shared by the routes that send and check one. */

/** Where a code was sent, masked by the server (`******7890`, `ab***@…`); null: not sent there. */
export interface OtpSent {
  transactionId: string
  maskedMobile: string | null
  maskedEmail: string | null
}

/** The IDA-style answer of `/individualId/otp` or `/req/otp`. */
export type OtpSentResponse =
  | ResponseOf<'/individualId/otp', 'post'>
  | ResponseOf<'/req/otp', 'post'>

type RandomSource = (array: Uint32Array) => Uint32Array

const defaultRandom: RandomSource = (array) => crypto.getRandomValues(array)

/**
 * A 10-digit transaction id, as MOSIP's portal makes one in the browser: it ties the code sent
 * to the code checked. From the CSPRNG, each digit uniform (rejection sampling), no leading 0.
 */
export function newTransactionId(random: RandomSource = defaultRandom): string {
  let id = ''
  const buffer = new Uint32Array(16)
  while (id.length < 10) {
    random(buffer)
    for (const value of buffer) {
      // 4294967290 is the largest multiple of 10 below 2^32: no digit is more likely.
      if (value >= 4_294_967_290) continue
      const digit = value % 10
      if (id.length === 0 && digit === 0) continue
      id += String(digit)
      if (id.length === 10) break
    }
  }
  return id
}

/** MOSIP's request time: ISO 8601 in UTC with milliseconds (`2025-01-31T09:15:00.000Z`). */
export const requestTime = (now: Date = new Date()): string => now.toISOString()

/** The Event ID the server puts in an `eventId` header; undefined when absent or odd. */
export function eventIdFrom(headers: Headers): string | undefined {
  const value = headers.get('eventid')?.trim()
  return value && /^[A-Za-z0-9-]{1,64}$/.test(value) ? value : undefined
}

export function otpSent(transactionId: string, response: OtpSentResponse): OtpSent {
  return {
    transactionId,
    maskedMobile: response.maskedMobile || null,
    maskedEmail: response.maskedEmail || null,
  }
}

/** The server's schema takes any text here (it answers a wrong one with its own error code). */
export type OtpChannel = 'PHONE' | 'EMAIL'

/**
 * Who gets a code, and by which route: `/individualId/otp` (Get my UIN: every contact of the
 * holder) or `/req/otp` (Verify: the one contact being verified).
 */
export interface OtpTarget {
  path: '/individualId/otp' | '/req/otp'
  individualId: string
  channels: readonly OtpChannel[]
}

/** Runs a call with the captcha header (`CaptchaControl.send`); without one it adds none. */
export type WithCaptcha = <T>(call: (headers: Record<string, string>) => Promise<T>) => Promise<T>

const noCaptcha: WithCaptcha = (call) => call({})

export interface SendCodeOptions extends RequestOptions {
  /** The request's transaction id: kept for a resend, a new one (`newTransactionId`) otherwise. */
  transactionId?: string | undefined
  withCaptcha?: WithCaptcha
}

type OtpBody = RequestBodyOf<'/individualId/otp'> & RequestBodyOf<'/req/otp'>

/**
 * Sends a one-time code: the request body MOSIP's portal sends, with the captcha header. The
 * answer says where the code went, masked, and carries the transaction id the code is bound to.
 * `/req/otp` is IDA's route and spells it `transactionID`.
 */
export async function requestOtp(
  target: OtpTarget,
  { transactionId = newTransactionId(), withCaptcha = noCaptcha, ...options }: SendCodeOptions = {},
): Promise<OtpSent> {
  // A retry with a new captcha solution is a new request, with its own request time.
  const response = await withCaptcha((headers) => {
    const body = {
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      ...(target.path === '/req/otp' ? { transactionID: transactionId } : { transactionId }),
      requestTime: requestTime(),
      individualId: target.individualId,
      otpChannel: [...target.channels],
      metadata: {},
    } satisfies OtpBody
    return apiPost<OtpSentResponse>(target.path, body, { ...options, headers })
  })
  return otpSent(transactionId, response)
}
