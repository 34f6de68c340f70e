import type { ColumnType, Generated, GeneratedAlways } from 'kysely'
import type { AuthType, OtpChannel, OtpPurpose } from '../../id-auth.ts'

type Timestamp = ColumnType<Date, Date, Date>

/** Tables of the embedded id-auth service. */
export interface IdAuthTables {
  /**
   * One row per OTP sent. Keyed by the salted UIN hash; the OTP itself is never stored, only
   * HMAC(otpHmacKey, transaction id, UIN hash, OTP). Rows older than a day are pruned on send.
   */
  ida_otp: {
    id: string
    uin_hash: string
    transaction_id: string
    otp_hash: string
    /** Channels the OTP went to (after sending: only those that were delivered). */
    channels: OtpChannel[]
    /** What the OTP was sent for; a check for another purpose does not find it. */
    purpose: OtpPurpose
    created_at: Timestamp
    expires_at: Timestamp
    /** Wrong tries so far; at `otp.maxAttempts` the OTP is dead. */
    attempts: Generated<number>
    used_at: ColumnType<Date | null, Date | null | undefined, Date | null>
    /** Set when a newer OTP replaced it for the same transaction, or when sending failed. */
    killed_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  }
  /**
   * The send times of an individual's OTPs within the longest window a limit reads (a day or the
   * rate window): the per-individual send limits. Locked by the upsert that checks and appends.
   */
  ida_otp_send: {
    uin_hash: string
    sent_at: Timestamp[]
    last_sent_at: Timestamp
  }
  /**
   * Consecutive failed OTP checks of an individual, across all their OTPs, transactions and
   * channels: the per-person guessing budget (growing waits, then a lock-out). A row exists only
   * while failures are outstanding; a successful check deletes it.
   */
  ida_otp_failure: {
    uin_hash: string
    failures: number
    last_failure_at: Timestamp
  }
  /** Every OTP authentication attempt, successful or not. */
  ida_auth_attempt: {
    /** bigint identity (only for a stable order): PGlite answers a number, node-postgres a string. */
    id: GeneratedAlways<string | number>
    /** null when the individual id was unknown. */
    uin_hash: string | null
    partner_id: string
    /** The first channel the OTP went to; null when no OTP of that transaction was found. */
    auth_type: AuthType | null
    transaction_id: string
    success: boolean
    error_code: string | null
    at: Timestamp
  }
  /**
   * Locked authentication types. Keyed by the raw UIN, like the ID repository it stands in for
   * (platform data, not resident-side data), so the demo seed can write it before keys exist.
   */
  ida_auth_type_lock: {
    uin: string
    auth_type: AuthType
    locked_at: Timestamp
  }
}
