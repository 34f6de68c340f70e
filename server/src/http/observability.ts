import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { collectDefaultMetrics, Histogram, type Registry } from 'prom-client'
import type { Database } from '../db/database.ts'
import { safeUrl } from './log-redaction.ts'

/** `/health` (process up), `/ready` (database answers, not shutting down), `/metrics` (Prometheus). */
export function registerObservability(
  app: FastifyInstance,
  db: Database,
  registry: Registry,
): void {
  collectDefaultMetrics({ register: registry })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route pattern (never the raw URL: it may hold identifiers)',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  })
  let shuttingDown = false
  app.addHook('preClose', async () => {
    shuttingDown = true
  })
  app.addHook('onResponse', async (request, reply) => {
    duration
      .labels(request.method, safeUrl(request), String(reply.statusCode))
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
  app.get('/metrics', hidden, async (_request, reply) => {
    reply.type(registry.contentType)
    return registry.metrics()
  })
}
