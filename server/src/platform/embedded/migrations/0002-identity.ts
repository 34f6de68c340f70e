import { type Kysely, sql } from 'kysely'

// Enum-like columns are text with check constraints, so PostgreSQL 15 and PGlite agree and a
// new value is one migration away rather than an ALTER TYPE.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idr_identity')
    .addColumn('uin', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('ACTIVATED', 'DEACTIVATED', 'BLOCKED')`),
    )
    .addColumn('full_name', 'jsonb', (c) => c.notNull())
    .addColumn('gender', 'jsonb', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) =>
      c.notNull().check(sql`date_of_birth ~ '^[0-9]{4}/[0-9]{2}/[0-9]{2}$'`),
    )
    .addColumn('address', 'jsonb', (c) => c.notNull())
    .addColumn('languages', 'jsonb', (c) =>
      c
        .notNull()
        .check(sql`jsonb_typeof(languages) = 'array' AND jsonb_array_length(languages) > 0`),
    )
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('photo', 'bytea')
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('idr_vid')
    .addColumn('vid', 'text', (c) => c.primaryKey())
    .addColumn('uin', 'text', (c) => c.notNull().references('idr_identity.uin'))
    .addColumn('vid_type', 'text', (c) =>
      c.notNull().check(sql`vid_type IN ('Perpetual', 'Temporary', 'OneTimeUse')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('ACTIVE', 'REVOKED', 'EXPIRED', 'USED')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('uses_left', 'integer', (c) => c.check(sql`uses_left >= 0`))
    .execute()
  await db.schema.createIndex('idr_vid_uin_idx').on('idr_vid').column('uin').execute()

  await db.schema
    .createTable('idr_application')
    .addColumn('aid', 'text', (c) => c.primaryKey())
    .addColumn('uin', 'text', (c) => c.references('idr_identity.uin'))
    .addColumn('stage', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`stage IN ('REQUEST_RECEIVED', 'VALIDATION_STAGE', 'VERIFICATION_STAGE', 'UIN_GENERATION_STAGE', 'CARD_READY_TO_DOWNLOAD')`,
        ),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('SUCCESS', 'IN-PROGRESS', 'FAILURE')`),
    )
    .addColumn('packet_status', 'text', (c) => c.notNull())
    .addColumn('failure_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // "The latest application of this UIN" reads the newest entry of this index.
  await db.schema
    .createIndex('idr_application_uin_idx')
    .on('idr_application')
    .columns(['uin', 'created_at desc'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['idr_application', 'idr_vid', 'idr_identity']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
