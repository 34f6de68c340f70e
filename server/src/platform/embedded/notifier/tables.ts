import type { GeneratedAlways } from 'kysely'

/** Tables of the embedded notifier service. */
export interface NotifierTables {
  /** The development mailbox: a copy of every email and SMS sent in demo mode, bounded. */
  ntf_mailbox: {
    /** bigint identity: PGlite answers a number, node-postgres a string. */
    id: GeneratedAlways<string | number>
    channel: 'EMAIL' | 'SMS'
    /** Lower-cased email address or the phone number as sent. */
    recipient: string
    /** Null for SMS. */
    subject: string | null
    /** Plain-text body (email) or the SMS text. */
    body: string
    sent_at: Date
  }
}
