import { ApiError } from '../../api/client.ts'
import { isContactNotRegistered } from '../../api/errors.ts'

/** Answers that are about the number typed: shown at the field, which gets focus. */
const ABOUT_THE_NUMBER = new Set([
  'RES-SER-410',
  'RES-SER-522',
  'RES-SER-456',
  'RES-SER-457',
  'IDA-MLC-009',
  'IDA-MLC-018',
  'IDA-MLC-023',
])

/**
 * `RES-SER-410` and `IDA-MLC-009` name what they refuse (`Invalid Input Parameter - channel`):
 * the number unless they name something else (the channel, the request, a contact).
 */
const OTHER_FIELD = /\b(?:channel|otpChannel|transactionId|requestTime|otp|email|phone)\b/i

export function isAboutTheNumber(error: unknown): error is ApiError {
  if (!(error instanceof ApiError) || !ABOUT_THE_NUMBER.has(error.code)) return false
  const general = error.code === 'RES-SER-410' || error.code === 'IDA-MLC-009'
  return !(general && OTHER_FIELD.test(error.message))
}

/** "This number was not recognised" rather than the code's own text. */
export function isNumberNotRecognised(error: ApiError): boolean {
  return (
    error.code === 'RES-SER-410' || error.code === 'RES-SER-522' || error.code === 'IDA-MLC-009'
  )
}

/** Answers that mean "add a contact at a registration centre": shown with a link to find one. */
export function needsRegistrationCentre(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (isContactNotRegistered(error) ||
      error.code === 'RES-SER-440' ||
      error.code === 'IDA-OTA-008' ||
      error.code === 'IDA-MLC-019')
  )
}
