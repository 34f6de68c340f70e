import crypto from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { Registry } from 'prom-client'
import { buildApp } from '../app.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import type { JobHandler } from '../jobs/run-job.ts'
import type { JobTables } from '../jobs/tables.ts'
import { createJobRunner, type JobRunner, type JobRunnerOptions } from '../jobs/worker.ts'
import { createEmbeddedPlatform } from '../platform/embedded/index.ts'
import type { Keys } from '../platform/keys.ts'
import type { Outbox } from '../platform/outbox.ts'
import type { Ports } from '../platform/ports.ts'
import type { LazySchemas } from './lazy-schemas.ts'

export interface EmbeddedServerOptions {
  config: Config
  db: Database
  keys: Keys
  /** Where every log line goes (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream
  /** Wraps the platform's ports before the app sees them (tests record what reaches a port). */
  decoratePorts?: (ports: Ports) => Ports
  /** Job runner tuning (tests make retries fast). */
  jobs?: Partial<Pick<JobRunnerOptions<JobTables>, 'pollMs' | 'leaseMs' | 'backoff' | 'now'>>
  /** Route schemas compiled on first use (`npm start`); eager when absent. */
  lazySchemas?: LazySchemas
}

export interface EmbeddedServer {
  app: FastifyInstance
  ports: Ports
  jobs: JobRunner
}

/** The job runner's outbox face: what the resident layer and the platform queue through. */
function outboxOf(runner: JobRunner): Outbox {
  return {
    // Every writer passes a transaction on the same database the runner uses; only the table
    // map's type differs between owners, hence the cast.
    enqueue: (executor, entry) =>
      runner.queue.enqueue(
        executor as unknown as Parameters<JobRunner['queue']['enqueue']>[0],
        entry,
      ),
    rowOf: (entry) => runner.queue.rowOf(entry),
    wake: () => runner.queue.wake(),
  }
}

/**
 * The whole server over the embedded platform, in the order start-up needs: the job runner
 * (its outbox), the platform (which queues through it), then the app (which adds its own jobs
 * and runs them). `main.ts`, the tests, the browser tests and the benchmarks all start here.
 */
export async function createEmbeddedServer(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const { config, db, keys } = options
  const log = pino({ level: config.logLevel }, options.logStream ?? process.stdout)
  const registry = new Registry()
  const handlers: Record<string, JobHandler> = {}
  const runner = createJobRunner({
    db,
    handlers,
    // Its own key, derived: sealed payloads (OTP messages) are readable only by this deployment.
    key: crypto.createHmac('sha256', keys.otpHmacKey).update('job-payload').digest(),
    log: log.child({ component: 'jobs' }),
    registry,
    ...options.jobs,
  })
  const outbox = outboxOf(runner)
  const platform = createEmbeddedPlatform(db, {
    config,
    keys,
    outbox,
    log: log.child({ component: 'platform' }),
  })
  Object.assign(handlers, platform.handlers)
  const ports = options.decoratePorts ? options.decoratePorts(platform.ports) : platform.ports
  const app = await buildApp(
    config,
    { db, ports, jobs: { runner, handlers, outbox }, registry },
    {
      ...(options.logStream ? { logStream: options.logStream } : {}),
      ...(options.lazySchemas
        ? { schemaController: { compilersFactory: options.lazySchemas.compilersFactory } }
        : {}),
    },
  )
  return { app, ports, jobs: runner }
}
