import crypto from 'node:crypto'
import { sql } from 'kysely'
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

export interface NewOtp {
  uinHash: string
  transactionId: string
  otpHash: string
  channels: OtpChannel[]
  purpose: OtpPurpose
  now: Date
  ttlSeconds: number
}

/** How many OTPs one individual may be sent: per rate window, and in any 24 hours. */
export interface SendLimit {
  maxSends: number
  windowSeconds: number
  maxSendsPerDay: number
}

/** The daily cap's window: it rolls, so a flood's sends stop counting a day after each was sent. */
const DAY_SECONDS = 86_400
/** Rows are kept at least a day (and at least one rate window) for the send counts. */
const KEEP_SECONDS = DAY_SECONDS
/** Old rows deleted per send: bounded work on the request path. */
const PRUNE_BATCH = 100

/** The OTP rows of the embedded IDA. Every function is keyed by the individual's UIN hash. */
export function createOtpStore(db: Database) {
  return {
    /**
     * Stores a new OTP unless the individual already had `maxSends` in the window or
     * `maxSendsPerDay` in the last 24 hours. Serialised per individual (advisory lock) so
     * concurrent sends cannot both pass the count. Earlier live OTPs of the same transaction die,
     * whatever their purpose (one live code per transaction). Returns the new row id, or null
     * when a limit is reached.
     */
    async insertWithinLimit(
      otp: NewOtp,
      limit: SendLimit,
      /** Runs in the same transaction once the OTP is stored (queues its message). */
      andThen?: (trx: Database, id: string) => Promise<void>,
    ): Promise<string | null> {
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(hashtextextended(${otp.uinHash}, 0))`.execute(trx)
        const since = new Date(otp.now.getTime() - limit.windowSeconds * 1000)
        const dayAgo = new Date(otp.now.getTime() - DAY_SECONDS * 1000)
        const counts = await trx
          .selectFrom('ida_otp')
          .select((eb) => [
            eb.fn.countAll<string>().filterWhere('created_at', '>', since).as('window'),
            eb.fn.countAll<string>().filterWhere('created_at', '>', dayAgo).as('day'),
          ])
          .where('uin_hash', '=', otp.uinHash)
          .where('created_at', '>', since < dayAgo ? since : dayAgo)
          .executeTakeFirstOrThrow()
        if (Number(counts.window) >= limit.maxSends) return null
        if (Number(counts.day) >= limit.maxSendsPerDay) return null
        await trx
          .updateTable('ida_otp')
          .set({ killed_at: otp.now })
          .where('uin_hash', '=', otp.uinHash)
          .where('transaction_id', '=', otp.transactionId)
          .where('used_at', 'is', null)
          .where('killed_at', 'is', null)
          .execute()
        const id = crypto.randomUUID()
        await trx
          .insertInto('ida_otp')
          .values({
            id,
            uin_hash: otp.uinHash,
            transaction_id: otp.transactionId,
            otp_hash: otp.otpHash,
            channels: otp.channels,
            purpose: otp.purpose,
            created_at: otp.now,
            expires_at: new Date(otp.now.getTime() + otp.ttlSeconds * 1000),
          })
          .execute()
        await andThen?.(trx, id)
        return id
      })
    },

    /** Deletes a bounded batch of rows older than every window that reads them. */
    async prune(now: Date, windowSeconds: number): Promise<void> {
      const keep = Math.max(KEEP_SECONDS, windowSeconds)
      const before = new Date(now.getTime() - keep * 1000)
      await db
        .deleteFrom('ida_otp')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('ida_otp')
            .select('id')
            .where('created_at', '<', before)
            .orderBy('created_at')
            .limit(PRUNE_BATCH),
        )
        .execute()
    },

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
