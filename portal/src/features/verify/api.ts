import { apiGet, type RequestOptions } from '../../api/client.ts'
import { eventIdFrom, type OtpChannel, type OtpTarget, requestTime } from '../../api/otp.ts'
import { apiRequest } from '../../api/requests.ts'
import type { QueryOf, RequestBodyOf, ResponseOf } from '../../api/types.ts'

/** Verify phone number / email: whether a contact is verified, then a code sent to it. */

/** The contact to verify: the phone number or the email address. */
export type Channel = OtpChannel

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

/** The code goes to the one contact being verified, by IDA's route (`requestOtp` sends it). */
export function verifyOtpTarget(channel: Channel, individualId: string): OtpTarget {
  return { path: '/req/otp', individualId, channels: [channel] }
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
