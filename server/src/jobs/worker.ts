/**
 * Runs the jobs of `queue.ts`. Each runner polls `resident_job` (every `pollMs`, or at once after
 * `wake()`), claims due jobs with `FOR UPDATE SKIP LOCKED` under a lease, and runs up to
 * `concurrency` handlers at a time. Any number of runners, in any number of processes, may share a
 * PostgreSQL database; on PGlite there is one process.
 *
 * Guarantees: at least once, with at most a lease's delay after a crash. While a handler runs, its
 * lease is renewed every `leaseMs / 3`; a worker that dies stops renewing, and the job is claimed
 * again once the lease has run out. Every state change is fenced by the attempt number of the
 * claim, so a worker that comes back late cannot overwrite the outcome of the one that took over.
 * Times come from one clock, `now` (JavaScript's, injectable for tests), never the database's;
 * servers sharing a database need synchronised clocks well within the lease.
 */
import type { Kysely } from 'kysely'
import type { Registry } from 'prom-client'
import type { BackoffOptions } from './backoff.ts'
import { JobError } from './error-class.ts'
import { createJobMetrics } from './metrics.ts'
import { createJobQueue, type JobQueue } from './queue.ts'
import { type JobHandler, type JobLog, logError, type RunSettings, runJob } from './run-job.ts'
import { type ClaimedJob, claimJobs, countJobs, countJobsByKind, type JobCounts } from './store.ts'
import { type JobTables, jobDb } from './tables.ts'

export type { JobContext, JobHandler, JobLog } from './run-job.ts'
export type { JobCounts } from './store.ts'

export interface JobRunnerOptions<T extends JobTables> {
  db: Kysely<T>
  /**
   * By job kind, looked up when a job runs (so handlers may be added after creation). A job of a
   * kind with no handler fails (`UnknownJobKind`) until dead.
   */
  handlers: Record<string, JobHandler>
  /** 32 bytes: opens sealed payloads (and seals them, in `queue`). */
  key: Buffer
  log: JobLog
  /** The clock for every job time (default: the system's). */
  now?: () => Date
  /** Registers the job metrics (see `metrics.ts`) when given. */
  registry?: Registry
  /** Handlers running at once (default 4). */
  concurrency?: number
  /** How often to look for due jobs when not woken (default 1000 ms). */
  pollMs?: number
  /** How long a claim lasts without renewal (default 30 s); renewed every third of it. */
  leaseMs?: number
  /** How long `stop()` waits for running handlers (default 10 s). */
  stopTimeoutMs?: number
  /** Retry delays (default: 1 s doubling to 10 min, jittered). */
  backoff?: BackoffOptions
}

export interface JobRunner {
  /** Enqueues with this runner's key and clock; its `wake()` wakes this runner. */
  queue: JobQueue
  /** Starts polling in the background. */
  start(): void
  /** Stops claiming, waits for running handlers (bounded by `stopTimeoutMs`), then resolves. */
  stop(): Promise<void>
  /**
   * Claims and runs due jobs until none is due; returns how many ran. For tests and scripts, not
   * alongside `start()`. Rejects when the database does.
   */
  runOnce(): Promise<number>
  stats(): Promise<JobCounts>
}

export function createJobRunner<T extends JobTables>(options: JobRunnerOptions<T>): JobRunner {
  const db = jobDb(options.db)
  const now = options.now ?? (() => new Date())
  const concurrency = positive(options.concurrency ?? 4, 'concurrency')
  const pollMs = positive(options.pollMs ?? 1000, 'pollMs')
  const leaseMs = positive(options.leaseMs ?? 30_000, 'leaseMs')
  const stopTimeoutMs = positive(options.stopTimeoutMs ?? 10_000, 'stopTimeoutMs')
  const { log } = options
  const settings: RunSettings = {
    db,
    handlers: options.handlers,
    key: options.key,
    log,
    now,
    leaseMs,
    backoff: options.backoff ?? {},
    metrics: createJobMetrics(
      options.registry,
      () => countJobsByKind(db),
      (error) => logError(log, error, 'job metrics failed'),
    ),
  }

  /** Running handlers, each with the controller that aborts its signal. */
  const active = new Map<Promise<void>, AbortController>()
  let loop: Promise<void> | undefined
  let stopping = false
  /** Set by `wake()` and by a finishing job while the last claim filled every slot. */
  let woken = false
  let saturated = false
  let interrupt: (() => void) | undefined

  function wake(): void {
    woken = true
    interrupt?.()
  }

  function claim(limit: number): Promise<ClaimedJob[]> {
    const at = now()
    return claimJobs(db, at, new Date(at.getTime() + leaseMs), limit)
  }

  function launch(job: ClaimedJob): Promise<void> {
    const controller = new AbortController()
    const running: Promise<void> = runJob(settings, job, controller).finally(() => {
      active.delete(running)
      if (saturated) wake()
    })
    active.set(running, controller)
    return running
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      timer.unref()
      interrupt = done
      function done() {
        clearTimeout(timer)
        interrupt = undefined
        resolve()
      }
    })
  }

  async function poll(): Promise<void> {
    while (!stopping) {
      woken = false
      const free = concurrency - active.size
      if (free > 0) {
        try {
          const jobs = await claim(free)
          saturated = jobs.length === free
          for (const job of jobs) launch(job)
        } catch (error) {
          logError(log, error, 'job claim failed')
        }
      }
      if (!woken && !stopping) await sleep(pollMs)
    }
  }

  async function drain(): Promise<void> {
    if (active.size === 0) return
    let timer: NodeJS.Timeout | undefined
    const finished = await Promise.race([
      Promise.allSettled(active.keys()).then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), stopTimeoutMs)
      }),
    ])
    clearTimeout(timer)
    if (finished) return
    log.warn({ running: active.size }, 'job runner stopped with handlers still running')
    for (const controller of active.values()) controller.abort(new JobError('WorkerStopping'))
  }

  return {
    queue: createJobQueue({ key: options.key, now, onWake: wake }),
    start() {
      if (loop) return
      stopping = false
      loop = poll()
    },
    async stop() {
      stopping = true
      interrupt?.()
      await loop
      loop = undefined
      await drain()
    },
    async runOnce() {
      let count = 0
      for (;;) {
        const jobs = await claim(concurrency)
        if (jobs.length === 0) return count
        await Promise.all(jobs.map(launch))
        count += jobs.length
      }
    },
    stats: () => countJobs(db),
  }
}

function positive(value: number, name: string): number {
  if (!(Number.isFinite(value) && value > 0)) throw new TypeError(`Job runner ${name} must be > 0`)
  return value
}
