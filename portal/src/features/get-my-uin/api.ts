import { apiGet, type RequestOptions, segment } from '../../api/client.ts'
import { eventIdFrom, type OtpTarget, requestTime } from '../../api/otp.ts'
import { apiFile } from '../../api/requests.ts'
import type { RequestBodyOf, ResponseOf } from '../../api/types.ts'

/** Get my UIN: the stage of an application, then a code and the UIN card as a PDF. */

/** Where an application stands, as `/aid-stage` answers it. */
export type AidStage = ResponseOf<'/aid-stage/{aid}'>
export type AidStatus = AidStage['aidStatus']
/** One of the stages below (a failed application names its reason in `failureReason`). */
export type TransactionStage = AidStage['transactionStage']

/** The stages in their order (types.test.ts checks that none the server names is missing). */
export const TRANSACTION_STAGES = [
  'REQUEST_RECEIVED',
  'VALIDATION_STAGE',
  'VERIFICATION_STAGE',
  'UIN_GENERATION_STAGE',
  'CARD_READY_TO_DOWNLOAD',
] as const satisfies readonly TransactionStage[]

/** Where the application with this AID (or the UIN/VID it produced) stands. */
export function getAidStage(id: string, options?: RequestOptions): Promise<AidStage> {
  return apiGet<AidStage>(`/aid-stage/${segment(id)}`, options)
}

/** The code for the card goes to every contact of the UIN's holder (`requestOtp` sends it). */
export function uinCardOtpTarget(individualId: string): OtpTarget {
  return { path: '/individualId/otp', individualId, channels: ['PHONE', 'EMAIL'] }
}

export interface UinCard {
  blob: Blob
  fileName: string | undefined
  eventId: string | undefined
}

/** The UIN card as a password-protected PDF, for the code just sent (single use). */
export async function downloadUinCard(
  request: RequestBodyOf<'/download-card'>['request'],
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
    } satisfies RequestBodyOf<'/download-card'>,
  })
  return { blob: file.blob, fileName: file.fileName, eventId: eventIdFrom(file.headers) }
}
