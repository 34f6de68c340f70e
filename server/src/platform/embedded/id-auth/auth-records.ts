import type { AuthAttempt, AuthType } from '../../id-auth.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/** One authentication attempt to record. */
export interface AttemptRecord {
  uinHash: string | null
  partnerId: string
  authType: AuthType | null
  transactionId: string
  errorCode: string | null
  at: Date
}

/** Authentication attempts (by UIN hash) and authentication-type locks (by UIN). */
export function createAuthRecords(db: Database) {
  return {
    async recordAttempt(a: AttemptRecord): Promise<void> {
      await db
        .insertInto('ida_auth_attempt')
        .values({
          uin_hash: a.uinHash,
          // Bounded: an invalid request's fields are recorded too.
          partner_id: a.partnerId.slice(0, 128),
          auth_type: a.authType,
          transaction_id: a.transactionId.slice(0, 64),
          success: a.errorCode === null,
          error_code: a.errorCode,
          at: a.at,
        })
        .execute()
    },

    async attempts(uinHash: string, limit: number): Promise<AuthAttempt[]> {
      const rows = await db
        .selectFrom('ida_auth_attempt')
        .select(['partner_id', 'auth_type', 'transaction_id', 'success', 'error_code', 'at'])
        .where('uin_hash', '=', uinHash)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.min(1000, Math.max(0, Math.floor(limit))))
        .execute()
      return rows.map((r) => ({
        partnerId: r.partner_id,
        authType: r.auth_type,
        transactionId: r.transaction_id,
        success: r.success,
        errorCode: r.error_code,
        at: r.at,
      }))
    },

    async lockedTypes(uin: string): Promise<AuthType[]> {
      const rows = await db
        .selectFrom('ida_auth_type_lock')
        .select('auth_type')
        .where('uin', '=', uin)
        .orderBy('auth_type')
        .execute()
      return rows.map((r) => r.auth_type)
    },

    async setLocked(uin: string, authType: AuthType, locked: boolean, now: Date): Promise<void> {
      if (locked) {
        await db
          .insertInto('ida_auth_type_lock')
          .values({ uin, auth_type: authType, locked_at: now })
          .onConflict((oc) => oc.columns(['uin', 'auth_type']).doNothing())
          .execute()
        return
      }
      await db
        .deleteFrom('ida_auth_type_lock')
        .where('uin', '=', uin)
        .where('auth_type', '=', authType)
        .execute()
    },
  }
}

/**
 * Seeds authentication-type locks (the demo country's locked residents). Needs no keys: locks
 * are keyed by UIN. Already-present locks are kept.
 */
export async function seedAuthLocks(
  db: Database,
  locks: { uin: string; authTypes: AuthType[] }[],
  now: Date = new Date(),
): Promise<void> {
  const rows = locks.flatMap((l) =>
    l.authTypes.map((authType) => ({ uin: l.uin, auth_type: authType, locked_at: now })),
  )
  if (rows.length === 0) return
  await db
    .insertInto('ida_auth_type_lock')
    .values(rows)
    .onConflict((oc) => oc.columns(['uin', 'auth_type']).doNothing())
    .execute()
}
