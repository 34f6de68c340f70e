import { type RawBuilder, sql } from 'kysely'
import type { AuthType, OtpChannel, OtpPurpose } from '../../id-auth.ts'
import type { TableRow } from '../../outbox.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/** How many OTPs one individual may be sent: per rate window, and in any 24 hours. */
export interface SendLimit {
  maxSends: number
  windowSeconds: number
  maxSendsPerDay: number
}

export interface OtpToStore {
  id: string
  uin: string
  uinHash: string
  transactionId: string
  otpHash: string
  channels: OtpChannel[]
  purpose: OtpPurpose
  now: Date
  ttlSeconds: number
}

/** Nothing was written: `locked` lists the asked types found locked, else a limit was reached. */
export type SendOutcome = { sent: true } | { sent: false; locked: AuthType[] }

/** The daily cap's window: it rolls, so a flood's sends stop counting a day after each was sent. */
const DAY_SECONDS = 86_400
/** Old rows deleted per prune: bounded work on the request path. */
const PRUNE_BATCH = 100
const NAME = /^[a-z_][a-z0-9_]{0,62}$/

/**
 * Stores a new OTP, in one statement (one round trip, no BEGIN/COMMIT): unless one of the auth
 * types `lockable` is locked, or the individual already had `maxSends` in the window or
 * `maxSendsPerDay` in 24 hours. Then earlier live OTPs of the same transaction die (whatever
 * their purpose: one live code per transaction), the OTP row is inserted and so are `rows` (its
 * messages, the caller's event and audit): all or none.
 *
 * Race-safe without a lock of our own: the send times live in one row per individual, which the
 * upsert locks; a concurrent send waits for it and re-checks the limits on the committed times.
 */
export async function storeOtp(
  db: Database,
  otp: OtpToStore,
  limit: SendLimit,
  options: { lockable: AuthType[]; rows: TableRow[]; prune: boolean },
): Promise<SendOutcome> {
  const { now } = otp
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000)
  const keepAfter = ago(Math.max(DAY_SECONDS, limit.windowSeconds))
  const prune = options.prune
    ? [
        // Never the individual sending now: one statement must not write a row twice.
        sql`pruned_otp AS (DELETE FROM ida_otp WHERE id IN (
          SELECT id FROM ida_otp WHERE created_at < ${keepAfter} AND uin_hash <> ${otp.uinHash}
          ORDER BY created_at LIMIT ${PRUNE_BATCH}))`,
        sql`pruned_send AS (DELETE FROM ida_otp_send WHERE uin_hash IN (
          SELECT uin_hash FROM ida_otp_send
          WHERE last_sent_at < ${keepAfter} AND uin_hash <> ${otp.uinHash} LIMIT ${PRUNE_BATCH}))`,
      ]
    : []
  const steps: RawBuilder<unknown>[] = [
    sql`locked AS (
      SELECT coalesce(array_agg(auth_type ORDER BY auth_type), '{}') AS types
      FROM ida_auth_type_lock WHERE uin = ${otp.uin} AND auth_type = ANY(${options.lockable}::text[]))`,
    sql`allowed AS (
      INSERT INTO ida_otp_send AS s (uin_hash, sent_at, last_sent_at)
      SELECT ${otp.uinHash}, ARRAY[${now}::timestamptz], ${now}::timestamptz
      FROM locked WHERE cardinality(types) = 0
      ON CONFLICT (uin_hash) DO UPDATE SET
        sent_at = ARRAY(SELECT t FROM unnest(s.sent_at) t WHERE t > ${keepAfter} ORDER BY t)
          || EXCLUDED.last_sent_at,
        last_sent_at = EXCLUDED.last_sent_at
      WHERE (SELECT count(*) FROM unnest(s.sent_at) t WHERE t > ${ago(limit.windowSeconds)})
          < ${limit.maxSends}
        AND (SELECT count(*) FROM unnest(s.sent_at) t WHERE t > ${ago(DAY_SECONDS)})
          < ${limit.maxSendsPerDay}
      RETURNING 1)`,
    sql`killed AS (
      UPDATE ida_otp SET killed_at = ${now}
      WHERE uin_hash = ${otp.uinHash} AND transaction_id = ${otp.transactionId}
        AND used_at IS NULL AND killed_at IS NULL AND EXISTS (SELECT 1 FROM allowed))`,
    sql`otp AS (
      INSERT INTO ida_otp
        (id, uin_hash, transaction_id, otp_hash, channels, purpose, created_at, expires_at)
      SELECT ${otp.id}::uuid, ${otp.uinHash}, ${otp.transactionId}, ${otp.otpHash},
        ${otp.channels}::text[], ${otp.purpose}, ${now}::timestamptz,
        ${new Date(now.getTime() + otp.ttlSeconds * 1000)}::timestamptz
      FROM allowed RETURNING id)`,
    ...options.rows.map((row, i) => insertWithOtp(`w${i}`, row)),
    ...prune,
  ]
  const result = await sql<{ locked: AuthType[]; sent: boolean }>`
    WITH ${sql.join(steps)}
    SELECT (SELECT types FROM locked) AS locked, EXISTS (SELECT 1 FROM otp) AS sent`.execute(db)
  const row = result.rows[0]
  if (row?.sent) return { sent: true }
  return { sent: false, locked: row?.locked ?? [] }
}

/**
 * One caller's row, inserted only if the OTP is: its values arrive as one JSON parameter and take
 * the types of the table's own columns (jsonb_populate_record), so any table's row fits.
 */
function insertWithOtp(name: string, row: TableRow): RawBuilder<unknown> {
  const columns = Object.keys(row.values)
  if (!NAME.test(row.table) || !columns.every((c) => NAME.test(c)) || columns.length === 0) {
    throw new TypeError(`not a plain table row: ${row.table}`)
  }
  const table = sql.table(row.table)
  return sql`${sql.id(name)} AS (
    INSERT INTO ${table} (${sql.join(columns.map((c) => sql.id(c)))})
    SELECT ${sql.join(columns.map((c) => sql`r.${sql.id(c)}`))}
    FROM otp, jsonb_populate_record(NULL::${table}, ${JSON.stringify(row.values)}::jsonb) AS r)`
}
