import { sql } from 'kysely'
import type { OtpAbuseLimits } from '../../../config.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/** How wrong OTP codes of one individual are budgeted (config `otpAbuse.failures`). */
export type FailurePolicy = OtpAbuseLimits['failures']

/** Consecutive failed checks of one individual; `failures: 0` when none are outstanding. */
export interface FailureState {
  failures: number
  lastFailureAt: Date | null
}

/** Forgotten failures deleted per prune: bounded work on the request path. */
const PRUNE_BATCH = 100

/**
 * What the next check of an individual may do at `now`: wait (seconds until it may be
 * evaluated), or go on, counting as failure number `failures` until it succeeds. Growing waits
 * after `free` failures and a lock-out at `lockout` (NIST SP 800-63B 5.2.2); failures older than
 * `lockoutSeconds` are forgotten, which is also what ends a lock-out.
 */
export function nextCheck(
  state: FailureState,
  now: Date,
  policy: FailurePolicy,
): { waitSeconds: number } | { failures: number } {
  const last = state.lastFailureAt
  const since = last ? (now.getTime() - last.getTime()) / 1000 : Number.POSITIVE_INFINITY
  if (state.failures === 0 || since >= policy.lockoutSeconds) return { failures: 1 }
  if (state.failures >= policy.lockout) {
    return { waitSeconds: Math.ceil(policy.lockoutSeconds - since) }
  }
  if (state.failures >= policy.free) {
    const delay = Math.min(
      policy.maxDelaySeconds,
      policy.firstDelaySeconds * 2 ** (state.failures - policy.free),
    )
    if (since < delay) return { waitSeconds: Math.ceil(delay - since) }
  }
  return { failures: state.failures + 1 }
}

/**
 * The per-person guessing budget of the embedded IDA, in the database so every server process
 * shares it. A check takes its ticket before the code is compared and counts as a failure from
 * then on (a read-then-write count would let concurrent guesses all through); a right code
 * clears the count.
 */
export function createFailureBudget(db: Database, policy: FailurePolicy) {
  return {
    /**
     * Takes one check from the individual's budget. Returns 0 when the code may be compared (the
     * check is counted as a failure until `succeeded`), else the seconds to wait; a refused check
     * changes nothing, so knocking during a wait does not lengthen it.
     */
    async claim(uinHash: string, now: Date): Promise<number> {
      return db.transaction().execute(async (trx) => {
        // Key 1: the send limit locks the same individual under key 0; checks need not wait for it.
        await sql`SELECT pg_advisory_xact_lock(hashtextextended(${uinHash}, 1))`.execute(trx)
        const row = await trx
          .selectFrom('ida_otp_failure')
          .select(['failures', 'last_failure_at'])
          .where('uin_hash', '=', uinHash)
          .executeTakeFirst()
        const next = nextCheck(
          { failures: row?.failures ?? 0, lastFailureAt: row?.last_failure_at ?? null },
          now,
          policy,
        )
        if ('waitSeconds' in next) return Math.max(1, next.waitSeconds)
        await trx
          .insertInto('ida_otp_failure')
          .values({ uin_hash: uinHash, failures: next.failures, last_failure_at: now })
          .onConflict((oc) =>
            oc.column('uin_hash').doUpdateSet({ failures: next.failures, last_failure_at: now }),
          )
          .execute()
        return 0
      })
    },

    /** The code was right: the individual's failures are forgotten. */
    async succeeded(uinHash: string): Promise<void> {
      await db.deleteFrom('ida_otp_failure').where('uin_hash', '=', uinHash).execute()
    },

    /** Deletes a bounded batch of rows whose failures are forgotten anyway. */
    async prune(now: Date): Promise<void> {
      const before = new Date(now.getTime() - policy.lockoutSeconds * 1000)
      await db
        .deleteFrom('ida_otp_failure')
        .where('uin_hash', 'in', (eb) =>
          eb
            .selectFrom('ida_otp_failure')
            .select('uin_hash')
            .where('last_failure_at', '<', before)
            .limit(PRUNE_BATCH),
        )
        .execute()
    },
  }
}

export type FailureBudget = ReturnType<typeof createFailureBudget>
