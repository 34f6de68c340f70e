import type { AuthType, IdaError } from '../../platform/id-auth.ts'
import { ERRORS, type ErrorCode, ResidentError } from '../errors.ts'

/**
 * IDA's error as the IDA-style OTP routes pass it through (MOSIP forwards IDA's `errors`
 * unchanged); a code we do not know becomes "could not generate/send OTP".
 */
export function idaPassThrough(error: IdaError): ResidentError {
  const code = (error.errorCode in ERRORS ? error.errorCode : 'IDA-OTA-002') as ErrorCode
  return new ResidentError(code)
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
      return new ResidentError('RES-SER-465')
    case 'IDA-MLC-019': {
      const phone = locked.includes('otp-phone')
      const email = locked.includes('otp-email')
      return new ResidentError(
        phone && email ? 'RES-OTP-012' : email ? 'RES-OTP-011' : 'RES-OTP-010',
      )
    }
    // An unknown id answers like a malformed one: the route reveals nothing about who exists.
    case 'IDA-MLC-018':
    case 'IDA-MLC-009':
      return new ResidentError('RES-SER-410', 'individualId')
    default:
      return new ResidentError('RES-SER-422')
  }
}
