import { type Kysely, sql } from 'kysely'

// Issue 10: an OTP is bound to its purpose, and wrong codes are counted per individual.
export async function up(db: Kysely<unknown>): Promise<void> {
  // OTPs alive at the upgrade (at most a few minutes' worth) get a purpose no check asks for:
  // their residents ask for a new code. New rows must name theirs (the default is dropped).
  await db.schema
    .alterTable('ida_otp')
    .addColumn('purpose', 'text', (c) =>
      c.notNull().defaultTo('unbound').check(sql`purpose ~ '^[a-z][a-z0-9-]{0,39}$'`),
    )
    .execute()
  await db.schema
    .alterTable('ida_otp')
    .alterColumn('purpose', (c) => c.dropDefault())
    .execute()

  await db.schema
    .createTable('ida_otp_failure')
    .addColumn('uin_hash', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures > 0`))
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // Forgotten failures are pruned by age.
  await db.schema
    .createIndex('ida_otp_failure_last_idx')
    .on('ida_otp_failure')
    .column('last_failure_at')
    .execute()
}
