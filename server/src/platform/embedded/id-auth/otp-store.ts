import type { OtpChannel, OtpPurpose } from '../../id-auth.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/** What an OTP row says about itself (never the OTP). */
export interface StoredOtp {
  id: string
  otpHash: string
  channels: OtpChannel[]
  purpose: OtpPurpose
  expiresAt: Date
  attempts: number
  usedAt: Date | null
}

/**
 * The OTP rows of the embedded IDA (stored by `send-statement.ts`). Every function is keyed by
 * the individual's UIN hash or the row's id.
 */
export function createOtpStore(db: Database) {
  return {
    /** The current (not replaced, not failed) OTP of an individual's transaction, if any. */
    async current(uinHash: string, transactionId: string): Promise<StoredOtp | null> {
      const row = await db
        .selectFrom('ida_otp')
        .select(['id', 'otp_hash', 'channels', 'purpose', 'expires_at', 'attempts', 'used_at'])
        .where('uin_hash', '=', uinHash)
        .where('transaction_id', '=', transactionId)
        .where('killed_at', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst()
      if (!row) return null
      return {
        id: row.id,
        otpHash: row.otp_hash,
        channels: row.channels,
        purpose: row.purpose,
        expiresAt: row.expires_at,
        attempts: row.attempts,
        usedAt: row.used_at,
      }
    },

    /** Counts a wrong try, atomically, while the OTP is still open to tries. */
    async countWrongTry(id: string, maxAttempts: number): Promise<void> {
      await db
        .updateTable('ida_otp')
        .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('attempts', '<', maxAttempts)
        .execute()
    },

    /**
     * Marks the OTP used if it is still usable at `now`. Exactly one of several concurrent callers
     * gets true: the row lock makes the others re-check `used_at` and find it set.
     */
    async markUsed(id: string, now: Date, maxAttempts: number): Promise<boolean> {
      const row = await db
        .updateTable('ida_otp')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('killed_at', 'is', null)
        .where('attempts', '<', maxAttempts)
        .where('expires_at', '>', now)
        .returning('id')
        .executeTakeFirst()
      return row !== undefined
    },
  }
}

export type OtpStore = ReturnType<typeof createOtpStore>
