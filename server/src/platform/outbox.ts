import type { QueryExecutorProvider } from 'kysely'

/**
 * Durable work written in the caller's own transaction (transactional outbox): it runs after the
 * transaction commits and never if it rolls back; a key makes writing it twice harmless.
 * The resident layer and the embedded platform queue their messages through it.
 */
export interface OutboxEntry {
  kind: string
  /** Unique per piece of work: a second entry with the same key is ignored. */
  key: string
  payload: unknown
  /** Encrypt the payload at rest (it holds an OTP or contact details). */
  sealed?: boolean
  /** Not done by then → dropped without running (an OTP message after the OTP died). */
  expiresAt?: Date | null
  maxAttempts?: number
}

/**
 * One row for a caller that writes several services' rows in one statement of its own (data-
 * modifying CTEs over the shared database): the owner of the table builds it, the caller only
 * inserts it. Values are JSON-ready (a Date becomes its ISO text; columns take their own types).
 */
export interface TableRow {
  table: string
  values: Record<string, unknown>
}

export interface Outbox {
  /** Writes the entry inside `executor`'s transaction; false when its key exists already. */
  enqueue(executor: QueryExecutorProvider, entry: OutboxEntry): Promise<boolean>
  /**
   * The row `enqueue` would write, for a caller inserting it in its own statement (one round
   * trip for the request instead of one per entry). The caller must make its key unique.
   */
  rowOf(entry: OutboxEntry): TableRow
  /**
   * Tells this process's workers there is work; call after the transaction committed. `written`
   * names entries written as rows (an in-process test outbox runs them at once).
   */
  wake(written?: readonly OutboxEntry[]): void
}

/** Runs one outbox entry; throwing retries it later (with back-off), until its last attempt. */
export type OutboxHandler = (payload: unknown) => Promise<void>
