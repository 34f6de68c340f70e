import { type Kysely, sql } from 'kysely'

// The audit trail is append-only in the database itself, so neither a bug nor an injected
// statement in the application can rewrite history: UPDATE, DELETE and TRUNCATE raise.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('aud_event')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`char_length(action) BETWEEN 1 AND 64`),
    )
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result IN ('SUCCESS', 'FAILURE')`))
    .addColumn('id_hash', 'text', (c) => c.check(sql`char_length(id_hash) <= 128`))
    .addColumn('error_code', 'text', (c) => c.check(sql`char_length(error_code) <= 64`))
    .addColumn('event_id', 'text', (c) => c.check(sql`char_length(event_id) <= 64`))
    .addColumn('client_ip', 'text', (c) => c.check(sql`char_length(client_ip) <= 64`))
    .addColumn('client_reported', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('detail', 'jsonb', (c) =>
      c.notNull().defaultTo(sql`'{}'::jsonb`).check(sql`jsonb_typeof(detail) = 'object'`),
    )
    .execute()
  // Rows arrive in time order: a BRIN index on the time is tiny and answers time ranges.
  await db.schema
    .createIndex('aud_event_at_idx')
    .on('aud_event')
    .using('brin')
    .column('at')
    .execute()
  await db.schema
    .createIndex('aud_event_id_hash_idx')
    .on('aud_event')
    .columns(['id_hash', 'at'])
    .where(sql.ref('id_hash'), 'is not', null)
    .execute()

  await sql`
    CREATE FUNCTION aud_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'aud_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$`.execute(db)
  await sql`
    CREATE TRIGGER aud_event_no_change BEFORE UPDATE OR DELETE ON aud_event
    FOR EACH ROW EXECUTE FUNCTION aud_event_append_only()`.execute(db)
  await sql`
    CREATE TRIGGER aud_event_no_truncate BEFORE TRUNCATE ON aud_event
    FOR EACH STATEMENT EXECUTE FUNCTION aud_event_append_only()`.execute(db)
}
