import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resident_transaction')
    .addColumn('event_id', 'text', (c) => c.primaryKey().check(sql`event_id ~ '^[1-9][0-9]{15}$'`))
    .addColumn('token_id', 'text', (c) => c.notNull())
    .addColumn('request_type_code', 'text', (c) => c.notNull())
    .addColumn('status_code', 'text', (c) => c.notNull())
    .addColumn('request_trn_id', 'text')
    .addColumn('ref_id', 'text')
    .addColumn('attribute_list', 'text')
    .addColumn('individual_id_type', 'text', (c) =>
      c.check(sql`individual_id_type IN ('UIN', 'VID', 'AID')`),
    )
    .addColumn('auth_type_code', 'text')
    .addColumn('read_status', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('pinned_status', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz')
    .execute()
  // History pages read a resident's newest events first; OTP flows find their row by transaction.
  await sql`CREATE INDEX resident_transaction_token_created ON resident_transaction (token_id, created_at DESC)`.execute(
    db,
  )
  await sql`CREATE INDEX resident_transaction_token_trn ON resident_transaction (token_id, request_trn_id)`.execute(
    db,
  )
  await sql`CREATE INDEX resident_transaction_verified_ref ON resident_transaction (token_id, ref_id) WHERE status_code = 'OTP_VERIFIED'`.execute(
    db,
  )
}
