import { apiGet, type RequestOptions } from './client.ts'
import { eventIdFrom, type OtpSent, otpSent, requestTime } from './otp.ts'
import { apiPost, apiRequest, type SendOptions } from './requests.ts'
import type { QueryOf, RequestBodyOf, ResponseOf } from './types.ts'

/** Verify phone number / email: whether a contact is verified, then a code sent to it. */

/** The server's schema takes any text here (it answers a wrong one with its own error code). */
export type Channel = 'PHONE' | 'EMAIL'

/** Whether the contact is verified, and the contact, masked (null: none on this channel). */
export type VerificationStatus = ResponseOf<'/channel/verification-status'>

export function getVerificationStatus(
  channel: Channel,
  individualId: string,
  options?: RequestOptions,
): Promise<VerificationStatus> {
  const query = new URLSearchParams({
    channel,
    individualId,
  } satisfies QueryOf<'/channel/verification-status'>)
  return apiGet<VerificationStatus>(`/channel/verification-status/?${query}`, options)
}

/** Sends a code on one channel (needs the captcha header). */
export async function requestChannelOtp(
  request: { channel: Channel; individualId: string; transactionId: string },
  options: SendOptions = {},
): Promise<OtpSent> {
  const response = await apiPost<ResponseOf<'/req/otp', 'post'>>(
    '/req/otp',
    {
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionID: request.transactionId,
      requestTime: requestTime(),
      individualId: request.individualId,
      otpChannel: [request.channel],
      metadata: {},
    } satisfies RequestBodyOf<'/req/otp'>,
    options,
  )
  return otpSent(request.transactionId, response)
}

type ValidateOtpResponse = ResponseOf<'/validate-otp', 'post'>

/** Checks the code; a right code verifies the contact it was sent to. */
export async function validateOtp(
  request: RequestBodyOf<'/validate-otp'>['request'],
  options: RequestOptions = {},
): Promise<{ eventId: string | undefined }> {
  const { headers } = await apiRequest<ValidateOtpResponse>('POST', '/validate-otp', {
    ...options,
    body: {
      id: 'mosip.resident.identity.auth',
      version: '1.0',
      requesttime: requestTime(),
      request,
    } satisfies RequestBodyOf<'/validate-otp'>,
  })
  return { eventId: eventIdFrom(headers) }
}
