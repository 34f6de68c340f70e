import type { ColumnType, Generated, Kysely } from 'kysely'

/** Where a job is in its life; `done`, `dead` and `expired` are final. */
export type JobState = 'queued' | 'running' | 'done' | 'dead' | 'expired'

/**
 * The durable job queue (transactional outbox): one row per unit of work that must not be lost,
 * written in the same transaction as the request that caused it. See `queue.ts`.
 */
export interface JobTables {
  resident_job: {
    /**
     * bigint identity. Drivers read int8 differently (pg: string, PGlite: number), so the queue
     * always selects it as `id::text`; do the same when reading it elsewhere.
     */
    id: ColumnType<string, never, never>
    kind: string
    /** Unique: enqueueing the same key twice makes one job. Prefix it with the kind. */
    idempotency_key: string
    /**
     * JSON written as text. A sealed payload is `{ v, iv, data, tag }` (AES-256-GCM); NULL once
     * the job has ended, so secrets (an OTP) don't stay behind.
     */
    payload: ColumnType<unknown, string, string | null>
    sealed: boolean
    state: JobState
    /** Claims so far; also the fencing token: a worker only updates the attempt it claimed. */
    attempts: Generated<number>
    max_attempts: number
    /** Not claimed before this time (backoff after a failure). */
    run_after: Date
    /** While `running`: the worker must finish or renew by then, else another worker claims it. */
    lease_until: Date | null
    /** A job not finished by then ends `expired` without running (an OTP message, say). */
    expires_at: Date | null
    /** The last failure's error class or code: never a message (messages can echo contacts). */
    last_error: string | null
    created_at: Generated<Date>
    updated_at: Generated<Date>
    done_at: Date | null
  }
}

/**
 * Narrows a handle on a larger schema to the job table. Kysely's types are invariant in the schema
 * (`Kysely<DB>` is not a `Kysely<JobTables>` even when DB extends JobTables), so this is the one
 * cast; it is sound because the queue only names `resident_job`, which `T` is checked to have.
 */
export function jobDb<T extends JobTables>(db: Kysely<T>): Kysely<JobTables> {
  return db as unknown as Kysely<JobTables>
}
