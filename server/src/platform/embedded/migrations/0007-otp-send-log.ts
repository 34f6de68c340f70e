import { type Kysely, sql } from 'kysely'

// Issue 11 (round trips): the per-individual send limit moves from counting `ida_otp` rows under
// an advisory lock to one row per individual holding its recent send times. An upsert on that
// row locks it, so the check and the count are one statement that concurrent sends serialise on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ida_otp_send')
    .addColumn('uin_hash', 'text', (c) => c.primaryKey())
    // Send times within the longest window that reads them (a day, or a longer rate window).
    .addColumn('sent_at', sql`timestamptz[]`, (c) => c.notNull())
    .addColumn('last_sent_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // Individuals who stopped sending are pruned by age.
  await db.schema
    .createIndex('ida_otp_send_last_idx')
    .on('ida_otp_send')
    .column('last_sent_at')
    .execute()
  // The sends made before the upgrade still count (the old rows are kept at least a day).
  await sql`
    INSERT INTO ida_otp_send (uin_hash, sent_at, last_sent_at)
    SELECT uin_hash, array_agg(created_at ORDER BY created_at), max(created_at)
    FROM ida_otp GROUP BY uin_hash`.execute(db)
}
