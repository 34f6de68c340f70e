import { asciiDigits } from '../../ids/digits.ts'

/**
 * What goes into the code field: digits only (in any script, made ASCII), at most `length`,
 * so a pasted "123 456" or "123-456" fills it.
 */
export function otpDigits(text: string, length: number): string {
  return asciiDigits(text).replace(/\D/g, '').slice(0, length)
}

export type SentTo = 'both' | 'phone' | 'email' | 'unknown'

/** Which sentence says where the code went: the contacts the server masked, if any. */
export function sentTo(maskedMobile: string | null, maskedEmail: string | null): SentTo {
  if (maskedMobile && maskedEmail) return 'both'
  if (maskedMobile) return 'phone'
  if (maskedEmail) return 'email'
  return 'unknown'
}

/** What the resident can do after a failed check of the code. */
export type OtpFailure = 'retype' | 'newCode' | 'wait' | 'locked' | 'other'

const FAILURES: Record<string, OtpFailure> = {
  'RES-OTP-007': 'retype',
  'RES-SER-422': 'retype',
  'IDA-OTA-004': 'retype',
  'RES-OTP-006': 'newCode',
  'IDA-OTA-003': 'newCode',
  'RES-SER-465': 'newCode',
  'IDA-OTA-007': 'newCode',
  'RES-OTP-008': 'newCode',
  'IDA-OTA-005': 'newCode',
  'IDA-OTA-001': 'wait',
  'RES-SER-510': 'wait',
  'RES-SER-905': 'wait',
  'IDA-MLC-019': 'locked',
  'RES-OTP-010': 'locked',
  'RES-OTP-011': 'locked',
  'RES-OTP-012': 'locked',
}

export function otpFailure(code: string | undefined): OtpFailure {
  return (code && FAILURES[code]) || 'other'
}
