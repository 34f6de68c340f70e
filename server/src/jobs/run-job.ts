import type { Kysely } from 'kysely'
import { type BackoffOptions, backoffDelay } from './backoff.ts'
import { errorClass, JobError } from './error-class.ts'
import type { JobMetrics } from './metrics.ts'
import { sealBinding, unseal } from './seal.ts'
import { type ClaimedJob, finishJob, renewLease, retryJob } from './store.ts'
import type { JobTables } from './tables.ts'

/** What a handler learns about its job besides the payload. */
export interface JobContext {
  /** The row id (text). */
  id: string
  kind: string
  /** The idempotency key: pass it on to receivers so a repeated delivery can be recognised. */
  key: string
  /** 1 on the first run. */
  attempt: number
  /** Aborted when this worker lost the job (lease taken over) or is stopping past its timeout. */
  signal: AbortSignal
}

/**
 * Does the work of one kind of job. Resolving marks the job done; throwing retries it (the error's
 * class or code is recorded, never its message). Runs at least once: make it idempotent.
 */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>

/** pino-compatible. Job lines carry kind, id, attempts and an error class: never a payload. */
export interface JobLog {
  warn(obj: object, msg: string): void
  error?(obj: object, msg: string): void
}

/** Everything running a claimed job needs; built once by the runner. */
export interface RunSettings {
  db: Kysely<JobTables>
  handlers: Record<string, JobHandler>
  key: Buffer
  log: JobLog
  now: () => Date
  leaseMs: number
  backoff: BackoffOptions
  metrics: JobMetrics
}

export function logError(log: JobLog, error: unknown, msg: string): void {
  const line = { error: errorClass(error) }
  if (log.error) log.error(line, msg)
  else log.warn(line, msg)
}

/** Runs one claimed job to its next state. Never rejects: database trouble is logged. */
export async function runJob(
  s: RunSettings,
  job: ClaimedJob,
  abort: AbortController,
): Promise<void> {
  try {
    await settle(s, job, abort)
  } catch (error) {
    // The row stays `running`; its lease runs out and another claim takes it up.
    logError(s.log, error, 'job update failed')
  }
}

async function settle(s: RunSettings, job: ClaimedJob, abort: AbortController): Promise<void> {
  const claimedAt = s.now()
  if (job.attempts > job.maxAttempts) {
    // A worker died holding the last attempt (or the job keeps killing workers): stop here.
    return die(s, job, 'LeaseExpired')
  }
  if (job.expiresAt && job.expiresAt.getTime() <= claimedAt.getTime()) {
    if (await finishJob(s.db, job, claimedAt, 'expired')) s.metrics.completed(job.kind, 'expired')
    return
  }
  const stopRenewing = keepLease(s, job, abort)
  const outcome = await handle(s, job, abort.signal).then(
    () => ({ failed: false as const }),
    (error: unknown) => ({ failed: true as const, error }),
  )
  stopRenewing()
  const at = s.now()
  if (!outcome.failed) {
    if (await finishJob(s.db, job, at, 'done')) s.metrics.completed(job.kind, 'done')
    else leaseLost(s, job)
    return
  }
  const cls = errorClass(outcome.error)
  if (job.attempts >= job.maxAttempts) return die(s, job, cls)
  let runAfter = at.getTime() + backoffDelay(job.attempts, s.backoff)
  // Retrying after the deadline is pointless: come back at it, to be marked expired.
  if (job.expiresAt) runAfter = Math.min(runAfter, job.expiresAt.getTime())
  if (!(await retryJob(s.db, job, at, new Date(runAfter), cls))) return leaseLost(s, job)
  // Each failed attempt is worth a warning: a mail server that refuses everything shows in the
  // log at once, not only when the first job dies after hours of back-off.
  s.log.warn(
    { kind: job.kind, jobId: job.id, attempts: job.attempts, error: cls },
    'job failed, will retry',
  )
}

/** The heartbeat: renews the lease every third of it; aborts the handler once it is lost. */
function keepLease(s: RunSettings, job: ClaimedJob, abort: AbortController): () => void {
  const renew = () => {
    const at = s.now()
    renewLease(s.db, job, at, new Date(at.getTime() + s.leaseMs)).then(
      (held) => {
        if (!held && !abort.signal.aborted) abort.abort(new JobError('LeaseLost'))
      },
      (error: unknown) => logError(s.log, error, 'job lease renewal failed'),
    )
  }
  const timer = setInterval(renew, Math.max(1, Math.floor(s.leaseMs / 3)))
  timer.unref()
  return () => clearInterval(timer)
}

async function handle(s: RunSettings, job: ClaimedJob, signal: AbortSignal): Promise<void> {
  const handler = Object.hasOwn(s.handlers, job.kind) ? s.handlers[job.kind] : undefined
  if (!handler) throw new JobError('UnknownJobKind')
  let text = job.payload ?? 'null'
  if (job.sealed) text = unseal(s.key, text, sealBinding(job.kind, job.key))
  await handler(JSON.parse(text), {
    id: job.id,
    kind: job.kind,
    key: job.key,
    attempt: job.attempts,
    signal,
  })
}

async function die(s: RunSettings, job: ClaimedJob, cls: string): Promise<void> {
  if (!(await finishJob(s.db, job, s.now(), 'dead', cls))) return leaseLost(s, job)
  s.metrics.completed(job.kind, 'dead')
  // Given up for good (a message never delivered): an error for someone to act on, not a warning.
  const line = { kind: job.kind, jobId: job.id, attempts: job.attempts, error: cls }
  if (s.log.error) s.log.error(line, 'job dead')
  else s.log.warn(line, 'job dead')
}

/** Another worker took the job over after this one's lease ran out; its outcome stands. */
function leaseLost(s: RunSettings, job: ClaimedJob): void {
  s.log.warn({ kind: job.kind, jobId: job.id, attempts: job.attempts }, 'job lease lost')
}
