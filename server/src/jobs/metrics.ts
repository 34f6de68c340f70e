import { Counter, Gauge, type Registry } from 'prom-client'
import type { JobCounts } from './store.ts'

export type JobOutcome = 'done' | 'dead' | 'expired'

/** What the runner reports; a no-op without a registry. */
export interface JobMetrics {
  completed(kind: string, outcome: JobOutcome): void
}

/**
 * Registers `resident_jobs_completed_total{kind,outcome}`, `resident_jobs_dead_total{kind}` and
 * `resident_jobs_queue_depth{state}` (queued, running, dead: read from the table on each scrape).
 * One runner per registry: prom-client refuses a name registered twice.
 */
export function createJobMetrics(
  registry: Registry | undefined,
  counts: () => Promise<JobCounts>,
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
  new Gauge({
    name: 'resident_jobs_queue_depth',
    help: 'Jobs by state: queued (waiting), running (leased), dead (need an operator)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      try {
        const now = await counts()
        for (const state of ['queued', 'running', 'dead'] as const) this.set({ state }, now[state])
      } catch (error) {
        // A scrape must still answer when the database does not; the last values stay.
        onCollectError(error)
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
