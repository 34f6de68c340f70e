import { type Kysely, sql } from 'kysely'
import type { JobState, JobTables } from './tables.ts'

/** A job as claimed by a worker. `attempts` is this claim's attempt and its fencing token. */
export interface ClaimedJob {
  id: string
  kind: string
  key: string
  /** JSON text (the sealed envelope when `sealed`). */
  payload: string | null
  sealed: boolean
  attempts: number
  maxAttempts: number
  expiresAt: Date | null
}

type Db = Kysely<JobTables>

/**
 * Claims up to `limit` jobs that are due, or whose worker's lease ran out (it died), and leases
 * them until `leaseUntil`. SKIP LOCKED lets concurrent claimers pass each other's rows.
 */
export async function claimJobs(
  db: Db,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<ClaimedJob[]> {
  const result = await sql<ClaimedJob>`
    UPDATE resident_job
    SET state = 'running', attempts = attempts + 1, lease_until = ${leaseUntil}, updated_at = ${now}
    WHERE id IN (
      SELECT id FROM resident_job
      WHERE state IN ('queued', 'running') AND run_after <= ${now}
        AND (state = 'queued' OR lease_until < ${now})
      ORDER BY run_after, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id::text AS id, kind, idempotency_key AS key, payload::text AS payload, sealed,
      attempts, max_attempts AS "maxAttempts", expires_at AS "expiresAt"`.execute(db)
  return result.rows
}

/** The fence: only the worker holding this claim (its attempt number) may change the row. */
function fenced(db: Db, job: ClaimedJob, now: Date) {
  return db
    .updateTable('resident_job')
    .where('id', '=', job.id)
    .where('attempts', '=', job.attempts)
    .where('state', '=', 'running')
    .set({ updated_at: now })
}

/** Ends the job (`done`, `dead` or `expired`) and drops its payload. False if the claim was lost. */
export async function finishJob(
  db: Db,
  job: ClaimedJob,
  now: Date,
  state: Extract<JobState, 'done' | 'dead' | 'expired'>,
  lastError?: string,
): Promise<boolean> {
  const rows = await fenced(db, job, now)
    .set({
      state,
      payload: null,
      lease_until: null,
      done_at: now,
      ...(lastError ? { last_error: lastError } : {}),
    })
    .returning('attempts')
    .execute()
  return rows.length === 1
}

/** Puts a failed job back in the queue until `runAfter`. False if the claim was lost. */
export async function retryJob(
  db: Db,
  job: ClaimedJob,
  now: Date,
  runAfter: Date,
  lastError: string,
): Promise<boolean> {
  const rows = await fenced(db, job, now)
    .set({ state: 'queued', run_after: runAfter, lease_until: null, last_error: lastError })
    .returning('attempts')
    .execute()
  return rows.length === 1
}

/** Extends a running job's lease (the heartbeat). False if the claim was lost. */
export async function renewLease(
  db: Db,
  job: ClaimedJob,
  now: Date,
  leaseUntil: Date,
): Promise<boolean> {
  const rows = await fenced(db, job, now)
    .set({ lease_until: leaseUntil })
    .returning('attempts')
    .execute()
  return rows.length === 1
}

export interface JobCounts {
  queued: number
  running: number
  dead: number
}

/** Jobs waiting, in progress and given up on: what an operator watches. */
export async function countJobs(db: Db): Promise<JobCounts> {
  // Two parts, so each is read from its partial index rather than a scan past every done row.
  const result = await sql<{ state: JobState; n: number }>`
    SELECT state, count(*)::int AS n FROM resident_job
    WHERE state IN ('queued', 'running') GROUP BY state
    UNION ALL
    SELECT 'dead', count(*)::int FROM resident_job WHERE state = 'dead'`.execute(db)
  const counts: JobCounts = { queued: 0, running: 0, dead: 0 }
  for (const { state, n } of result.rows) {
    if (state === 'queued' || state === 'running' || state === 'dead') counts[state] = n
  }
  return counts
}

/** The queue by kind: what each kind has waiting or running (`pending`) and dead. */
export interface JobDepth {
  totals: JobCounts
  /** Queued plus running, per kind; a kind with nothing unfinished is absent. */
  pendingByKind: Record<string, number>
}

/**
 * One query for everything the depth gauges show. Like `countJobs`, each part reads only its
 * partial index's rows (unfinished or dead jobs), never the done ones that pile up.
 */
export async function countJobsByKind(db: Db): Promise<JobDepth> {
  const result = await sql<{ kind: string; state: JobState; n: number }>`
    SELECT kind, state, count(*)::int AS n FROM resident_job
    WHERE state IN ('queued', 'running') GROUP BY kind, state
    UNION ALL
    SELECT kind, 'dead', count(*)::int FROM resident_job WHERE state = 'dead' GROUP BY kind`.execute(
    db,
  )
  const totals: JobCounts = { queued: 0, running: 0, dead: 0 }
  const pendingByKind: Record<string, number> = {}
  for (const { kind, state, n } of result.rows) {
    if (state !== 'queued' && state !== 'running' && state !== 'dead') continue
    totals[state] += n
    if (state !== 'dead') pendingByKind[kind] = (pendingByKind[kind] ?? 0) + n
  }
  return { totals, pendingByKind }
}
