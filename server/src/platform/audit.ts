import type { TableRow } from './outbox.ts'

/**
 * The audit port (MOSIP audit manager): an append-only record of what happened. Nothing secret
 * goes in: individuals appear only as a salted hash, never a UIN, VID, OTP, name or contact.
 */

export interface AuditRecord {
  /** What was done, e.g. `OTP_SEND`, `OTP_VALIDATE`, `GET_MY_UIN_CARD`, `UI_EVENT`. */
  action: string
  result: 'SUCCESS' | 'FAILURE'
  /** Salted hash of the individual's id (see keys.hashId); null when unknown. */
  idHash: string | null
  /** Error code on failure. */
  errorCode?: string | null
  /** Event ID of the resident transaction, when there is one. */
  eventId?: string | null
  /** Client IP as Fastify derives it (X-Forwarded-For only from trusted proxies). */
  clientIp: string | null
  /** True for records the browser sent through `/proxy/audit/log`: unverified claims. */
  clientReported?: boolean
  /** Short, non-secret details (event name, module); bounded in size by the adapter. */
  detail?: Record<string, string>
}

export interface AuditPort {
  record(entry: AuditRecord): Promise<void>
  /**
   * The row `record` would write, when the audit lives in the caller's database: the caller
   * inserts it with its own writes, in one statement. Absent for a remote audit service.
   */
  rowOf?(entry: AuditRecord): TableRow
}
