import crypto from 'node:crypto'
import type { AuthType, IdaError, OtpChannel } from '../../id-auth.ts'
import type { Keys } from '../../keys.ts'

/** A fresh 6-digit OTP from the CSPRNG; leading zeros are kept so every value is equally likely. */
export function generateOtp(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0')
}

/**
 * The keyed hash stored instead of the OTP. Binding the transaction and the individual means an
 * OTP cannot be replayed on another transaction or person even by someone reading the table.
 */
export function otpHash(keys: Keys, transactionId: string, uinHash: string, otp: string): string {
  return crypto
    .createHmac('sha256', keys.otpHmacKey)
    .update(`${transactionId}\u0000${uinHash}\u0000${otp}`)
    .digest('hex')
}

/** Constant-time equality of two stored-format hashes. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex')
  const y = Buffer.from(b, 'hex')
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

export const CHANNEL_AUTH_TYPE: Record<OtpChannel, AuthType> = {
  EMAIL: 'otp-email',
  PHONE: 'otp-phone',
}

const CHANNEL_NAME: Record<OtpChannel, string> = { EMAIL: 'Email', PHONE: 'Phone Number' }

/** IDA's errors with their `%s` filled in (IdAuthenticationErrorConstants). */
export const idaErrors = {
  tooManyRequests: (): IdaError => e('IDA-OTA-001', 'Innumerous OTP requests received'),
  sendFailed: (): IdaError => e('IDA-OTA-002', 'Could not generate/send OTP'),
  expired: (): IdaError => e('IDA-OTA-003', 'OTP has expired'),
  invalid: (): IdaError => e('IDA-OTA-004', 'OTP is invalid'),
  otherTransaction: (): IdaError =>
    e('IDA-OTA-005', 'Input transactionID does not match transactionID of OTP Request'),
  blocked: (): IdaError =>
    e('IDA-OTA-007', 'UIN is locked for OTP validation due to exceeding no of invalid OTP trials'),
  /** The individual's checks are paused (too many wrong codes across their OTPs), with IDA's action. */
  paused: (seconds: number): IdaError => ({
    ...e(
      'IDA-OTA-007',
      `UIN is locked for OTP validation due to exceeding no of invalid OTP trials. Please try after ${seconds} seconds`,
    ),
    retryAfterSeconds: seconds,
  }),
  noChannel: (): IdaError => e('IDA-OTA-008', 'OTP Notification Channel not provided'),
  invalidInput: (field: string): IdaError => e('IDA-MLC-009', `Invalid Input Parameter - ${field}`),
  notRegistered: (channels: OtpChannel[]): IdaError =>
    e(
      'IDA-MLC-014',
      `${channels.map((c) => CHANNEL_NAME[c]).join(' and ')} not registered. Individual has to register and try again`,
    ),
  unknownId: (idType: string): IdaError => e('IDA-MLC-018', `${idType} not available in database`),
  lapsedVid: (): IdaError => e('IDA-MLC-023', 'VID is expired/deactivated'),
  locked: (types: AuthType[]): IdaError =>
    e('IDA-MLC-019', `${types.join(',')} Auth Type is Locked for the UIN`),
}

function e(errorCode: string, errorMessage: string): IdaError {
  return { errorCode, errorMessage }
}
