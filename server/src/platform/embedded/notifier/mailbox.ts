import type { MailboxMessage } from '../../notifier.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'

/** Messages the development mailbox keeps; older ones are dropped as new ones arrive. */
export const MAILBOX_LIMIT = 1000

export interface MailboxEntry {
  channel: 'EMAIL' | 'SMS'
  to: string
  subject: string | null
  body: string
}

export interface MailboxStore {
  add(entry: MailboxEntry): Promise<void>
  list(options: { to?: string; limit: number }): Promise<MailboxMessage[]>
}

/** Addresses are compared without case or surrounding spaces, so a filter finds what was sent. */
export const mailboxRecipient = (to: string) => to.trim().toLowerCase()

export function createMailboxStore(
  db: Database,
  options: { now: () => Date; limit?: number },
): MailboxStore {
  const limit = options.limit ?? MAILBOX_LIMIT
  return {
    async add(entry) {
      const row = await db
        .insertInto('ntf_mailbox')
        .values({
          channel: entry.channel,
          recipient: mailboxRecipient(entry.to),
          subject: entry.subject,
          body: entry.body,
          sent_at: options.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      // Ids only grow, so everything `limit` ids back is older than the newest `limit` rows:
      // one primary-key range delete, with no count or sort.
      const oldest = Number(row.id) - limit
      if (oldest > 0) await db.deleteFrom('ntf_mailbox').where('id', '<=', oldest).execute()
    },

    async list({ to, limit: max }) {
      // It never holds more than `limit` rows; a non-integer must not reach SQL.
      const count = Number.isSafeInteger(max) ? Math.min(Math.max(max, 1), limit) : limit
      let query = db
        .selectFrom('ntf_mailbox')
        .select(['id', 'channel', 'recipient', 'subject', 'body', 'sent_at'])
        .orderBy('id', 'desc')
        .limit(count)
      if (to !== undefined) query = query.where('recipient', '=', mailboxRecipient(to))
      const rows = await query.execute()
      return rows.map((r) => ({
        id: Number(r.id),
        channel: r.channel,
        to: r.recipient,
        subject: r.subject,
        body: r.body,
        sentAt: new Date(r.sent_at),
      }))
    },
  }
}
