import { type Kysely, sql } from 'kysely'

const AUTH_TYPE_CHECK = sql.raw(
  `('otp-email', 'otp-phone', 'demo', 'bio-FINGER', 'bio-IRIS', 'bio-FACE')`,
)

// The embedded ID-authentication service: OTPs (hashed only), authentication attempts and
// authentication-type locks.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ida_otp')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('uin_hash', 'text', (c) => c.notNull())
    .addColumn('transaction_id', 'text', (c) => c.notNull())
    .addColumn('otp_hash', 'text', (c) => c.notNull())
    .addColumn('channels', sql`text[]`, (c) =>
      c
        .notNull()
        .check(
          sql`cardinality(channels) BETWEEN 1 AND 2 AND channels <@ ARRAY['EMAIL', 'PHONE']::text[]`,
        ),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0).check(sql`attempts >= 0`))
    .addColumn('used_at', 'timestamptz')
    .addColumn('killed_at', 'timestamptz')
    .execute()
  // Sends per individual in the rate window.
  await db.schema
    .createIndex('ida_otp_uin_created_idx')
    .on('ida_otp')
    .columns(['uin_hash', 'created_at'])
    .execute()
  // The OTP of an individual's transaction.
  await db.schema
    .createIndex('ida_otp_uin_txn_idx')
    .on('ida_otp')
    .columns(['uin_hash', 'transaction_id', 'created_at'])
    .execute()
  // Pruning of old rows.
  await db.schema.createIndex('ida_otp_created_idx').on('ida_otp').column('created_at').execute()

  await db.schema
    .createTable('ida_auth_attempt')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('uin_hash', 'text')
    .addColumn('partner_id', 'text', (c) => c.notNull())
    .addColumn('auth_type', 'text', (c) => c.check(sql`auth_type IN ${AUTH_TYPE_CHECK}`))
    .addColumn('transaction_id', 'text', (c) => c.notNull())
    .addColumn('success', 'boolean', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint(
      'ida_auth_attempt_outcome_check',
      sql`(success AND error_code IS NULL) OR (NOT success AND error_code IS NOT NULL)`,
    )
    .execute()
  await db.schema
    .createIndex('ida_auth_attempt_uin_idx')
    .on('ida_auth_attempt')
    .columns(['uin_hash', 'at desc', 'id desc'])
    .execute()

  await db.schema
    .createTable('ida_auth_type_lock')
    .addColumn('uin', 'text', (c) => c.notNull())
    .addColumn('auth_type', 'text', (c) => c.notNull().check(sql`auth_type IN ${AUTH_TYPE_CHECK}`))
    .addColumn('locked_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('ida_auth_type_lock_pk', ['uin', 'auth_type'])
    .execute()
}
