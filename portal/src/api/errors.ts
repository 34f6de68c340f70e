import type { ParseKeys, TFunction } from 'i18next'
import { ApiError, CLIENT_ERROR } from './client.ts'

/** The code to show beside the message (helps support), or undefined for client-side codes. */
export function supportCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  return Object.values(CLIENT_ERROR).includes(error.code as never) ? undefined : error.code
}

type MessageKey = ParseKeys<['translation', 'services']>

/**
 * The message of every code the server may answer with. Codes of the Get my UIN and Verify
 * pages have their texts in the `services` strings, which those pages load.
 */
export const ERROR_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'RES-SER-410': 'errors.invalidInput',
  'RES-SER-414': 'errors.invalidInput',
  // Also masterdata's "nothing found", which the pages that search say in their own words.
  'RES-SER-418': 'errors.invalidInput',
  // Masterdata (or another service behind the resident service) could not answer.
  'RES-SER-412': 'errors.unavailable',
  'RES-SER-446': 'errors.invalidInput',
  'RES-SER-447': 'errors.invalidInput',
  'RES-SER-518': 'errors.invalidInput',
  'RES-SER-521': 'errors.invalidInput',
  'IDA-MLC-006': 'errors.invalidInput',
  'IDA-MLC-009': 'errors.invalidInput',
  'RES-SER-470': 'errors.noRecords',
  'RES-SER-905': 'errors.tooManyRequests',
  'RES-SER-906': 'errors.unavailable',
  'RES-SER-SYS-001': 'errors.server',
  'RES-SER-902': 'errors.generic',
  'RES-SER-903': 'errors.invalidInput',
  'RES-SER-904': 'errors.invalidInput',
  'RES-SER-907': 'errors.invalidInput',
  'RES-SER-908': 'errors.invalidInput',
  'RES-SER-403': 'services:errors.accessDenied',
  'KER-ATH-401': 'errors.loginRequired',
  'KER-ACP-001': 'errors.loginRequired',
  'KER-ACP-002': 'errors.loginRequired',
  'RES-SER-910': 'errors.generic',
  // A request for another host name, one that arrived too slowly, headers too large: the
  // portal never sends these itself, so a plain "try again" is all a resident can act on.
  'RES-SER-911': 'errors.generic',
  'RES-SER-912': 'errors.timeout',
  'RES-SER-913': 'errors.generic',
  'RES-SER-901': 'services:errors.notAvailable',
  'RES-SER-456': 'services:errors.aidNotFound',
  'RES-SER-457': 'services:errors.aidNotFound',
  'RES-SER-449': 'services:errors.aidNotReady',
  'RES-SER-509': 'services:errors.cardNotReady',
  'IDA-MLC-018': 'services:errors.idNotFound',
  'RES-SER-522': 'services:idField.notRecognised',
  'IDA-MLC-023': 'services:errors.vidUnusable',
  'IDA-MLC-001': 'services:errors.clock',
  'RES-SER-440': 'services:errors.noContact',
  'RES-SER-438': 'services:errors.channelMissing',
  // IDA: none of the channels asked for has a contact to send the code to.
  'IDA-OTA-008': 'services:errors.noContact',
  'IDA-MLC-019': 'services:errors.otpLocked',
  'RES-OTP-010': 'services:errors.otpPhoneLocked',
  'RES-OTP-011': 'services:errors.otpEmailLocked',
  'RES-OTP-012': 'services:errors.otpLocked',
  'IDA-OTA-001': 'services:errors.otpTooManyRequests',
  'RES-SER-510': 'services:errors.otpTooManyRequests',
  'IDA-OTA-002': 'services:errors.otpNotSent',
  'RES-SER-425': 'services:errors.otpNotSent',
  'RES-OTP-007': 'services:errors.otpWrong',
  // `/validate-otp` (and `/aid/status`) answer every failed code check with this one code.
  'RES-SER-422': 'services:errors.otpRejected',
  'IDA-OTA-004': 'services:errors.otpWrong',
  'RES-OTP-006': 'services:errors.otpExpired',
  'IDA-OTA-003': 'services:errors.otpExpired',
  'RES-SER-465': 'services:errors.otpBlocked',
  'IDA-OTA-007': 'services:errors.otpBlocked',
  'RES-OTP-008': 'services:errors.otpNoRequest',
  'IDA-OTA-005': 'services:errors.otpNoRequest',
  'RES-SER-909': 'services:errors.captcha',
  [CLIENT_ERROR.network]: 'errors.network',
  [CLIENT_ERROR.timeout]: 'errors.timeout',
}

/** "2 minutes", "45 seconds", in the language shown (rounded up to whole minutes from 60 s). */
export function formatWait(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60)
  const [value, unit] =
    seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [minutes, 'minute']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}

/**
 * A resident-readable message for any failure. Known codes get their own text; everything else
 * a generic one (the code itself is shown beside it, never alone). A refusal that says how long
 * to wait says it in words.
 */
export function errorText(t: TFunction, error: unknown, locale = 'en'): string {
  if (!(error instanceof ApiError)) return t('errors.generic')
  const tt = t as unknown as TFunction<['translation', 'services']>
  const generic = t('errors.generic')
  if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0) {
    const wait = formatWait(error.retryAfterSeconds, locale)
    return tt('services:errors.waitAndRetry', { wait, defaultValue: t('errors.tooManyRequests') })
  }
  const key = isContactNotRegistered(error)
    ? 'services:errors.noContact'
    : ERROR_MESSAGES[error.code]
  // `services` texts exist only once a page that needs them has loaded them.
  if (key) return tt(key, { defaultValue: generic })
  if (error.status !== undefined && error.status >= 500) return t('errors.server')
  return generic
}

/**
 * "No email/phone registered for this channel": IDA-MLC-009 on `otpChannel` with IDA's "… not
 * registered" reason, the code MOSIP's own portal reads this way.
 */
export function isContactNotRegistered(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.code === 'IDA-MLC-009' &&
    error.errors.some((e) => /not registered/i.test(e.errorMessage ?? e.message ?? ''))
  )
}

/** Codes meaning "the search found nothing" rather than a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'RES-SER-470' || error.code === 'RES-SER-418')
}
