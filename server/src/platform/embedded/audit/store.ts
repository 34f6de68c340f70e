import type { AuditPort, AuditRecord } from '../../audit.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import { boundDetail, cleanOptional, cleanText } from './bounds.ts'

export interface EmbeddedAuditOptions {
  /**
   * A record could not be written. The request it describes has already been answered, so the
   * caller never sees the failure; this is where it is logged (or, in tests, counted).
   */
  onError?: (error: unknown) => void
}

/** The audit service over our own database: one append-only row per record. */
export function createEmbeddedAudit(db: Database, options: EmbeddedAuditOptions = {}): AuditPort {
  return {
    async record(entry: AuditRecord) {
      try {
        const { detail, ...row } = rowValues(entry)
        await db
          .insertInto('aud_event')
          .values({ ...row, detail: JSON.stringify(detail) })
          .execute()
      } catch (error) {
        options.onError?.(error)
      }
    },
    rowOf: (entry) => ({ table: 'aud_event', values: rowValues(entry) }),
  }
}

/** The bounded, cleaned row of one record (`detail` as an object). */
function rowValues(entry: AuditRecord) {
  return {
    action: cleanText(entry.action, 64) || 'UNKNOWN',
    result: entry.result === 'SUCCESS' ? ('SUCCESS' as const) : ('FAILURE' as const),
    id_hash: cleanOptional(entry.idHash, 128),
    error_code: cleanOptional(entry.errorCode, 64),
    event_id: cleanOptional(entry.eventId, 64),
    client_ip: cleanOptional(entry.clientIp, 64),
    client_reported: entry.clientReported === true,
    detail: boundDetail(entry.detail),
  }
}
