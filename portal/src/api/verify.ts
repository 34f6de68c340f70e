import { apiGet, type RequestOptions } from './client.ts'
import { eventIdFrom, type OtpSent, type OtpSentResponse, otpSent, requestTime } from './otp.ts'
import { apiPost, apiRequest, type SendOptions } from './requests.ts'

/** Verify phone number / email: whether a contact is verified, then a code sent to it. */

export type Channel = 'PHONE' | 'EMAIL'

export interface VerificationStatus {
  verificationStatus: boolean
  /** The contact, masked; null when the identity has none on this channel. */
  maskedUserId: string | null
}

export function getVerificationStatus(
  channel: Channel,
  individualId: string,
  options?: RequestOptions,
): Promise<VerificationStatus> {
  const query = new URLSearchParams({ channel, individualId })
  return apiGet<VerificationStatus>(`/channel/verification-status/?${query}`, options)
}

/** Sends a code on one channel (needs the captcha header). */
export async function requestChannelOtp(
  request: { channel: Channel; individualId: string; transactionId: string },
  options: SendOptions = {},
): Promise<OtpSent> {
  const response = await apiPost<OtpSentResponse>(
    '/req/otp',
    {
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionID: request.transactionId,
      requestTime: requestTime(),
      individualId: request.individualId,
      otpChannel: [request.channel],
      metadata: {},
    },
    options,
  )
  return otpSent(request.transactionId, response)
}

/** Checks the code; a right code verifies the contact it was sent to. */
export async function validateOtp(
  request: { individualId: string; transactionId: string; otp: string },
  options: RequestOptions = {},
): Promise<{ eventId: string | undefined }> {
  const { headers } = await apiRequest<{ authStatus?: boolean }>('POST', '/validate-otp', {
    ...options,
    body: {
      id: 'mosip.resident.identity.auth',
      version: '1.0',
      requesttime: requestTime(),
      request,
    },
  })
  return { eventId: eventIdFrom(headers) }
}
