import type { ColumnType } from 'kysely'

/** Set by the database on insert; never written by us, never updated. */
type Generated<T> = ColumnType<T, never, never>
/** Written once on insert, never updated: the table is append-only (a trigger enforces it). */
type Once<T> = ColumnType<T, T, never>

/** Tables of the embedded audit service. */
export interface AuditTables {
  aud_event: {
    id: Generated<string>
    at: Generated<Date>
    action: Once<string>
    result: Once<'SUCCESS' | 'FAILURE'>
    /** Salted hash of the individual's id; never the id itself. */
    id_hash: Once<string | null>
    error_code: Once<string | null>
    event_id: Once<string | null>
    client_ip: Once<string | null>
    /** Sent by the browser through `/proxy/audit/log`: a claim, not a fact. */
    client_reported: Once<boolean>
    /** Bounded short strings (see store.ts); inserted as JSON text. */
    detail: ColumnType<Record<string, string>, string, never>
  }
}
