import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { Counter, collectDefaultMetrics, Histogram, type Registry } from 'prom-client'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { createMetricsListener } from './metrics-listener.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The port of the separate metrics listener (METRICS_PORT), once bound; else undefined. */
    metricsPort(): number | undefined
    /** Counts the lookups of one in-memory answer cache (`/metrics`: their hit and miss rates). */
    cacheMeter(cache: string): CacheMeter
  }
}

/** What a cache reports of each lookup. */
export interface CacheMeter {
  hit(): void
  miss(): void
  /** Not looked up: the cache could not know whether it is current (see platform/change-feed). */
  bypass(): void
}

/**
 * The `route` label of a request: its route pattern, or one value for everything no route
 * matched. Raw URLs would hold identifiers, and every scanner's random path would add a series.
 */
export const UNMATCHED_ROUTE = 'unmatched'

/**
 * `/health` (process up), `/ready` (database answers, not shutting down), `/metrics` (Prometheus):
 * on the main port in demo mode, on METRICS_PORT's own listener when set, else (production) not
 * served at all — its series describe the deployment's traffic to anyone who asks.
 */
export function registerObservability(
  app: FastifyInstance,
  db: Database,
  registry: Registry,
  config: Pick<Config, 'mode' | 'host' | 'metricsPort'>,
): void {
  collectDefaultMetrics({ register: registry })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route pattern (never the raw URL: it may hold identifiers)',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  })
  const lookups = new Counter({
    name: 'http_cache_lookups_total',
    help: 'Lookups of in-memory answer caches by cache and result (hit, miss, bypass)',
    labelNames: ['cache', 'result'],
    registers: [registry],
  })
  app.decorate('cacheMeter', (cache: string): CacheMeter => {
    // Children bound once: a lookup costs an increment, not a label search.
    const [hit, miss, bypass] = ['hit', 'miss', 'bypass'].map((r) => lookups.labels(cache, r))
    return { hit: () => hit?.inc(), miss: () => miss?.inc(), bypass: () => bypass?.inc() }
  })
  let shuttingDown = false
  app.addHook('preClose', async () => {
    shuttingDown = true
  })
  app.addHook('onResponse', async (request, reply) => {
    duration
      .labels(request.method, request.routeOptions.url ?? UNMATCHED_ROUTE, String(reply.statusCode))
      .observe(reply.elapsedTime / 1000)
  })

  const hidden = { schema: { hide: true } }
  app.get('/health', hidden, async () => ({ status: 'UP' }))
  app.get('/ready', hidden, async (_request, reply) => {
    if (shuttingDown) return reply.status(503).send({ status: 'DOWN', reason: 'shutting down' })
    try {
      await sql`SELECT 1`.execute(db)
      return { status: 'UP' }
    } catch {
      return reply.status(503).send({ status: 'DOWN', reason: 'database unavailable' })
    }
  })

  const listener = config.metricsPort === undefined ? undefined : createMetricsListener(registry)
  app.decorate('metricsPort', () => listener?.port())
  if (listener && config.metricsPort !== undefined) {
    const port = config.metricsPort
    // Bound while the app gets ready, so a taken port stops start-up instead of a silent gap.
    app.addHook('onReady', async () => {
      await listener.listen(config.host, port)
      app.log.info({ port: listener.port() }, 'metrics listener ready')
    })
    app.addHook('onClose', async () => {
      await listener.close()
    })
  } else if (config.mode === 'demo') {
    app.get('/metrics', hidden, async (_request, reply) => {
      reply.type(registry.contentType)
      return registry.metrics()
    })
  }
}
