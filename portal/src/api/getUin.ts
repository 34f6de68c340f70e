import { apiGet, type RequestOptions, segment } from './client.ts'
import { eventIdFrom, type OtpSent, type OtpSentResponse, otpSent, requestTime } from './otp.ts'
import { apiFile, apiPost, type SendOptions } from './requests.ts'

/** Get my UIN: the stage of an application, then a code and the UIN card as a PDF. */

export type AidStatus = 'SUCCESS' | 'IN-PROGRESS' | 'FAILURE'

export const TRANSACTION_STAGES = [
  'REQUEST_RECEIVED',
  'VALIDATION_STAGE',
  'VERIFICATION_STAGE',
  'UIN_GENERATION_STAGE',
  'CARD_READY_TO_DOWNLOAD',
] as const

export type TransactionStage = (typeof TRANSACTION_STAGES)[number]

export interface AidStage {
  aidStatus: AidStatus
  transactionStage: TransactionStage
  /** A stable code (`DOCUMENT_REJECTED`, `DUPLICATE`, …) when the application failed. */
  failureReason: string | null
}

/** Where the application with this AID (or the UIN/VID it produced) stands. */
export function getAidStage(id: string, options?: RequestOptions): Promise<AidStage> {
  return apiGet<AidStage>(`/aid-stage/${segment(id)}`, options)
}

/** Sends a code to the phone and email of the UIN's holder (needs the captcha header). */
export async function requestUinOtp(
  request: { individualId: string; transactionId: string },
  options: SendOptions = {},
): Promise<OtpSent> {
  const response = await apiPost<OtpSentResponse>(
    '/individualId/otp',
    {
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionId: request.transactionId,
      requestTime: requestTime(),
      individualId: request.individualId,
      otpChannel: ['PHONE', 'EMAIL'],
      metadata: {},
    },
    options,
  )
  return otpSent(request.transactionId, response)
}

export interface UinCard {
  blob: Blob
  fileName: string | undefined
  eventId: string | undefined
}

/** The UIN card as a password-protected PDF, for the code just sent (single use). */
export async function downloadUinCard(
  request: { individualId: string; transactionId: string; otp: string },
  options: RequestOptions = {},
): Promise<UinCard> {
  const file = await apiFile('POST', '/download-card', {
    ...options,
    // The card is made on request: give it longer than an ordinary call.
    timeoutMs: options.timeoutMs ?? 60_000,
    // MOSIP's header: the file name and the card's "generated on" in the resident's local time.
    headers: { 'time-zone-offset': String(new Date().getTimezoneOffset()) },
    body: {
      id: 'mosip.resident.download.uin.card',
      version: '1.0',
      requesttime: requestTime(),
      request,
    },
  })
  return { blob: file.blob, fileName: file.fileName, eventId: eventIdFrom(file.headers) }
}
