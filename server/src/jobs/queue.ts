/**
 * A durable job queue (transactional outbox) on PostgreSQL and PGlite, through Kysely.
 *
 * Work that must not be lost (a notification, a delivery to a partner) is written as a
 * `resident_job` row in the same transaction as the request that caused it: if the request rolls
 * back, the job never existed; if it commits, a worker (`worker.ts`) runs it at least once, retrying
 * with backoff. Handlers must therefore be idempotent; the job's key travels with it for that.
 *
 * Why hand-written: graphile-worker and pg-boss were looked at. Both drive PostgreSQL through their
 * own `pg` connections (LISTEN/NOTIFY, their own schema and migrations) and cannot run on embedded
 * PGlite through Kysely, which the demo mode needs. What is needed here is small: one table, a
 * `FOR UPDATE SKIP LOCKED` claim with a lease, fenced updates, backoff.
 */
import type { Kysely, Transaction } from 'kysely'
import { checkSealKey, seal, sealBinding } from './seal.ts'
import { type JobTables, jobDb } from './tables.ts'

/** One unit of work to enqueue. */
export interface JobSpec {
  /** Selects the handler. */
  kind: string
  /** Idempotency key, unique across kinds (prefix it with the kind). Never a UIN, VID or contact. */
  key: string
  /** JSON-serialisable; never logged. */
  payload: unknown
  /** Not before (default: now). */
  runAfter?: Date
  /** Attempts before the job is dead (default 5). */
  maxAttempts?: number
  /** Not run after this time: ends `expired` instead (default: never). */
  expiresAt?: Date | null
  /** Encrypt the payload at rest (AES-256-GCM); for secrets such as an OTP. */
  sealed?: boolean
}

export interface JobQueue {
  /**
   * Writes the job with `executor`: pass the caller's transaction so the job commits or rolls back
   * with the caller's work. Returns false when a job with this key exists already (idempotent).
   */
  enqueue<T extends JobTables>(
    executor: Kysely<T> | Transaction<T>,
    spec: JobSpec,
  ): Promise<boolean>
  /**
   * The row `enqueue` writes, for a caller inserting it in a statement of its own (a
   * data-modifying CTE with its other writes). The key must not exist yet: no conflict handling.
   */
  rowOf(spec: JobSpec): { table: 'resident_job'; values: Record<string, unknown> }
  /** Tells in-process workers there is work. Call after the transaction commits. */
  wake(): void
}

export interface JobQueueOptions {
  /** 32 bytes: encrypts sealed payloads. */
  key: Buffer
  /** The clock (default: the system's); the worker must use the same one. */
  now?: () => Date
  /** Called by `wake()`; the runner passes its own. */
  onWake?: () => void
}

export const DEFAULT_MAX_ATTEMPTS = 5

/** A queue to enqueue with; `createJobRunner` makes one wired to its workers. */
export function createJobQueue(options: JobQueueOptions): JobQueue {
  checkSealKey(options.key)
  const now = options.now ?? (() => new Date())
  /** The job's row as `enqueue` writes it (sealed when asked). */
  function rowValues(spec: JobSpec) {
    checkSpec(spec)
    const json = JSON.stringify(spec.payload ?? null)
    const payload = spec.sealed ? seal(options.key, json, sealBinding(spec.kind, spec.key)) : json
    const at = now()
    return {
      kind: spec.kind,
      idempotency_key: spec.key,
      payload,
      sealed: spec.sealed === true,
      state: 'queued' as const,
      max_attempts: spec.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_after: spec.runAfter ?? at,
      expires_at: spec.expiresAt ?? null,
      created_at: at,
      updated_at: at,
    }
  }
  return {
    async enqueue(executor, spec) {
      const inserted = await jobDb(executor)
        .insertInto('resident_job')
        .values(rowValues(spec))
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('kind')
        .execute()
      return inserted.length === 1
    },
    rowOf(spec) {
      // The column is jsonb: the row carries the JSON value itself, not its text.
      const values = rowValues(spec)
      return { table: 'resident_job', values: { ...values, payload: JSON.parse(values.payload) } }
    },
    wake() {
      options.onWake?.()
    },
  }
}

/** Programming errors surface at the call site, not as a dead job later. */
function checkSpec(spec: JobSpec): void {
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(spec.kind)) throw new TypeError('Bad job kind')
  if (spec.key.length < 1 || spec.key.length > 300) throw new TypeError('Bad job key length')
  const max = spec.maxAttempts
  if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= 1000)) {
    throw new TypeError('Bad job maxAttempts')
  }
}
