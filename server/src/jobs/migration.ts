import { type Kysely, sql } from 'kysely'

/** Creates `resident_job` (see `tables.ts`). For the resident migrator. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resident_job')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'jsonb')
    .addColumn('sealed', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state IN ('queued', 'running', 'done', 'dead', 'expired')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().check(sql`max_attempts >= 1`))
    .addColumn('run_after', 'timestamptz', (c) => c.notNull())
    .addColumn('lease_until', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('done_at', 'timestamptz')
    .execute()
  // Claiming scans only unfinished jobs in run_after order; finished rows stay out of the index.
  await sql`CREATE INDEX resident_job_claim ON resident_job (run_after)
    WHERE state IN ('queued', 'running')`.execute(db)
  // The queue-depth gauge counts dead jobs on every scrape; done rows pile up, dead ones should not.
  await sql`CREATE INDEX resident_job_dead ON resident_job (id) WHERE state = 'dead'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('resident_job').execute()
}
