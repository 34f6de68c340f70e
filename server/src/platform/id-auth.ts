import type { ContactTarget } from './identity.ts'
import type { TableRow } from './outbox.ts'

/**
 * The ID-authentication port (MOSIP IDA internal OTP and auth APIs). Errors carry IDA's own codes
 * and messages (`IDA-OTA-…`, `IDA-MLC-…`) so routes can pass them through as MOSIP does.
 */

export type OtpChannel = 'PHONE' | 'EMAIL'

/** MOSIP `auth.types.allowed`. */
export const AUTH_TYPES = [
  'otp-email',
  'otp-phone',
  'demo',
  'bio-FINGER',
  'bio-IRIS',
  'bio-FACE',
] as const
export type AuthType = (typeof AUTH_TYPES)[number]

export interface IdaError {
  errorCode: string
  errorMessage: string
  /**
   * Set when the refusal lifts by itself after this many seconds: IDA-OTA-007 for an individual
   * whose OTP checks are paused after too many wrong codes (not for one OTP's used-up tries).
   */
  retryAfterSeconds?: number
}

/**
 * What an OTP was sent for. It opens only that door: a code sent to verify a contact cannot
 * download a card, and the reverse. A new use (the OpenID Connect login, issue 13) adds its
 * name here; the store needs no migration (any lower-case name fits its column).
 */
export const OTP_PURPOSES = ['get-my-uin', 'verify-contact'] as const
export type OtpPurpose = (typeof OTP_PURPOSES)[number]

export interface OtpSendRequest {
  individualId: string
  /** 10 digits, chosen by the client; the OTP is bound to it. */
  transactionId: string
  channels: OtpChannel[]
  /** What the OTP is for; only a check for the same purpose accepts it. */
  purpose: OtpPurpose
  /** Partner asking (the resident service itself here). */
  partnerId: string
  /**
   * The person behind `individualId` when the caller has looked it up already; an in-process
   * IDA uses it instead of a second lookup, a remote one ignores it.
   */
  target?: ContactTarget
  /**
   * The caller's own records of a successful send (its event, its audit entry), as rows. An IDA
   * in the caller's database writes them in the statement that stores the OTP, so they exist if
   * and only if the OTP does (and answers `wroteAlongside: true`); a remote one ignores them.
   * Called again, for fresh ids, if a write has to be retried.
   */
  alongside?: (sent: { uin: string; sentTo: OtpChannel[] }) => TableRow[]
}

export type OtpSendResult =
  | {
      ok: true
      /** The rows of `alongside` were written with the OTP. */
      wroteAlongside?: boolean
      /** The UIN the OTP was sent for. */
      uin: string
      maskedEmail: string | null
      maskedMobile: string | null
      /** Channels the OTP actually went to (a channel without a registered contact is skipped). */
      sentTo: OtpChannel[]
    }
  | { ok: false; error: IdaError }

export interface OtpAuthRequest {
  individualId: string
  transactionId: string
  otp: string
  /** What the check is for: an OTP sent for another purpose answers as another transaction's. */
  purpose: OtpPurpose
  partnerId: string
}

export type OtpAuthResult =
  | { ok: true; uin: string; channels: OtpChannel[] }
  | { ok: false; error: IdaError }

/** One recorded authentication attempt (for the resident's authentication history later). */
export interface AuthAttempt {
  partnerId: string
  /** The (first) channel's OTP type; null when no OTP of that transaction was found. */
  authType: AuthType | null
  transactionId: string
  success: boolean
  errorCode: string | null
  at: Date
}

export interface IdAuthPort {
  sendOtp(request: OtpSendRequest): Promise<OtpSendResult>
  authenticateOtp(request: OtpAuthRequest): Promise<OtpAuthResult>
  /** Lock or unlock an authentication type of a UIN (Secure my ID later; tests and seed now). */
  setAuthTypeLocked(uin: string, authType: AuthType, locked: boolean): Promise<void>
  lockedAuthTypes(uin: string): Promise<AuthType[]>
  /** Authentication attempts against a UIN, newest first. */
  authAttempts(uin: string, limit: number): Promise<AuthAttempt[]>
}
