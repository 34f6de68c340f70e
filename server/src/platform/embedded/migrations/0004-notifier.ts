import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // The mailbox is trimmed by id range on every insert, so the primary key is the only index
  // the trim needs; `recipient` is indexed for the "messages to this address" filter.
  await db.schema
    .createTable('ntf_mailbox')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('EMAIL', 'SMS')`))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('ntf_mailbox_recipient_idx')
    .on('ntf_mailbox')
    .columns(['recipient', 'id'])
    .execute()
}
