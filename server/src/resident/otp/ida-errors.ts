import type { AuthType, IdaError } from '../../platform/id-auth.ts'
import { ERRORS, type ErrorCode, ResidentError } from '../errors.ts'

/**
 * IDA's error as the IDA-style OTP routes pass it through (MOSIP forwards IDA's `errors`
 * unchanged); a code we do not know becomes "could not generate/send OTP". A channel without a
 * registered contact is IDA-MLC-009 on `otpChannel`, with IDA's "… not registered" reason: the
 * one code MOSIP's own portal reads as "no registered email/phone, visit a centre" in all its
 * languages (IDA-MLC-014 gave it an empty pop-up).
 */
export function idaPassThrough(error: IdaError): ResidentError {
  if (error.errorCode === 'IDA-MLC-014') {
    return ResidentError.withMessage(
      'IDA-MLC-009',
      `Invalid Input Parameter - otpChannel: ${error.errorMessage}`,
    )
  }
  if (!(error.errorCode in ERRORS)) return new ResidentError('IDA-OTA-002')
  return ResidentError.withMessage(error.errorCode as ErrorCode, error.errorMessage)
}

/**
 * IDA's authentication error on `/validate-otp` and `/aid/status`: MOSIP answers every OTP
 * failure there (wrong, expired, used, another transaction, too many tries, an unknown id)
 * RES-SER-422 with IDA's own message; the RES-OTP codes belong to `/download-card` only.
 */
export function otpValidationFailed(error: IdaError): ResidentError {
  return ResidentError.withMessage('RES-SER-422', error.errorMessage).retryAfter(
    error.retryAfterSeconds,
  )
}

/**
 * IDA's authentication error as the resident service reports it on its MOSIP-shaped routes
 * (`RES-OTP-…`, service notes §7). A locked OTP type says which channel is locked.
 */
export function residentOtpError(error: IdaError, locked: AuthType[]): ResidentError {
  switch (error.errorCode) {
    case 'IDA-OTA-003':
      return new ResidentError('RES-OTP-006')
    case 'IDA-OTA-004':
      return new ResidentError('RES-OTP-007')
    case 'IDA-OTA-005':
      return new ResidentError('RES-OTP-008')
    case 'IDA-OTA-007':
      // The individual's checks are paused (wrong codes across their OTPs): a new code will not
      // help before the wait is over, so the message says how long it is.
      // The wait also goes out as Retry-After: the portal then says "try again in N minutes".
      return error.retryAfterSeconds
        ? ResidentError.withMessage(
            'RES-SER-465',
            `OTP checks are paused after too many wrong codes; try again in ${error.retryAfterSeconds} seconds`,
          ).retryAfter(error.retryAfterSeconds)
        : new ResidentError('RES-SER-465')
    case 'IDA-MLC-019': {
      const phone = locked.includes('otp-phone')
      const email = locked.includes('otp-email')
      return new ResidentError(
        phone && email ? 'RES-OTP-012' : email ? 'RES-OTP-011' : 'RES-OTP-010',
      )
    }
    // An unknown id answers like a malformed one: the route reveals nothing about who exists.
    case 'IDA-MLC-018':
    case 'IDA-MLC-023':
    case 'IDA-MLC-009':
      return new ResidentError('RES-SER-410', 'individualId')
    default:
      return new ResidentError('RES-SER-422')
  }
}
