import { Counter, Gauge, type Registry } from 'prom-client'
import type { JobDepth } from './store.ts'

export type JobOutcome = 'done' | 'dead' | 'expired'

/** What the runner reports; a no-op without a registry. */
export interface JobMetrics {
  completed(kind: string, outcome: JobOutcome): void
}

/**
 * Registers `resident_jobs_completed_total{kind,outcome}`, `resident_jobs_dead_total{kind}` and
 * `resident_jobs_queue_depth{state}` (queued, running, dead) and `resident_jobs_pending{kind}`
 * (queued plus running, per kind), both from one query per scrape. One runner per registry:
 * prom-client refuses a name registered twice.
 */
export function createJobMetrics(
  registry: Registry | undefined,
  depth: () => Promise<JobDepth>,
  onCollectError: (error: unknown) => void,
): JobMetrics {
  if (!registry) return { completed() {} }
  const completed = new Counter({
    name: 'resident_jobs_completed_total',
    help: 'Jobs that ended, by kind and outcome (done, dead, expired)',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  })
  const dead = new Counter({
    name: 'resident_jobs_dead_total',
    help: 'Jobs given up on after their last attempt, by kind',
    labelNames: ['kind'],
    registers: [registry],
  })
  // prom-client collects every gauge of a scrape at once: they share the one query in flight.
  let inflight: Promise<JobDepth | undefined> | undefined
  const read = () => {
    inflight ??= depth()
      .catch((error: unknown) => {
        // A scrape must still answer when the database does not; the last values stay.
        onCollectError(error)
        return undefined
      })
      .finally(() => {
        inflight = undefined
      })
    return inflight
  }
  new Gauge({
    name: 'resident_jobs_queue_depth',
    help: 'Jobs by state: queued (waiting), running (leased), dead (need an operator)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const now = await read()
      if (!now) return
      for (const state of ['queued', 'running', 'dead'] as const) {
        this.set({ state }, now.totals[state])
      }
    },
  })
  const seenKinds = new Set<string>()
  new Gauge({
    name: 'resident_jobs_pending',
    help: 'Jobs not finished yet (queued or running), by kind: a growing kind is falling behind',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const now = await read()
      if (!now) return
      // A kind that drained shows 0 rather than keeping its last count.
      for (const kind of seenKinds) this.set({ kind }, now.pendingByKind[kind] ?? 0)
      for (const [kind, n] of Object.entries(now.pendingByKind)) {
        seenKinds.add(kind)
        this.set({ kind }, n)
      }
    },
  })
  return {
    completed(kind, outcome) {
      completed.inc({ kind, outcome })
      if (outcome === 'dead') dead.inc({ kind })
    },
  }
}
