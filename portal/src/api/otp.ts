import type { ResponseOf } from './types.ts'

/** Pieces shared by the routes that send and check a one-time code. */

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
