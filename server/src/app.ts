import crypto from 'node:crypto'
import compress from '@fastify/compress'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { Registry } from 'prom-client'
import type { Config } from './config.ts'
import { type Database, ownTables } from './db/database.ts'
import { features } from './features/index.ts'
import { requireAllowedHost } from './http/allowed-hosts.ts'
import { createCaptcha } from './http/captcha.ts'
import { clientErrorHandler, serverTimeouts } from './http/client-errors.ts'
import { frameworkErrors, registerErrorHandling } from './http/error-handler.ts'
import { mountFeatures } from './http/features.ts'
import { refuseMalformedCredentials, requireAllowedOrigin, requireSession } from './http/guards.ts'
import { requestSerializers } from './http/log-redaction.ts'
import { registerObservability } from './http/observability.ts'
import { API_PREFIX, registerOpenApi } from './http/openapi.ts'
import { otpIpLimits } from './http/otp-ip-limits.ts'
import { registerPortal } from './http/portal.ts'
import { createRateLimits, perIp } from './http/rate-limit.ts'
import { securityHeadersHook } from './http/security-headers.ts'
import type { JobHandler } from './jobs/run-job.ts'
import type { JobRunner } from './jobs/worker.ts'
import { NOTIFY_KIND, notificationHandler } from './platform/notification-outbox.ts'
import type { Outbox } from './platform/outbox.ts'
import type { Ports } from './platform/ports.ts'
import type { FeatureContext } from './resident/context.ts'
import { createResidentLayer } from './resident/layer.ts'
import type { ResidentTables } from './resident/tables.ts'

export interface AppDeps {
  /** The database the resident layer keeps its tables in. */
  db: Database
  /** The other ID-platform services. */
  ports: Ports
  /** Durable background work: the app adds its handlers, runs it (`WORKERS`) and stops it. */
  jobs: { runner: JobRunner; handlers: Record<string, JobHandler>; outbox: Outbox }
  /** Where metrics are collected (`/metrics`); jobs register theirs here too. */
  registry?: Registry
}

export interface BuildOptions {
  /** Where logs go (tests capture them to prove nothing private is written). */
  logStream?: NodeJS.WritableStream
  /** How route schemas compile (`npm start` defers them: bootstrap/lazy-schemas.ts). */
  schemaController?: FastifyServerOptions['schemaController']
}

/** A ready server over the given platform ports. No globals: tests build one per suite. */
export async function buildApp(
  config: Config,
  { db, ports, jobs, registry = new Registry() }: AppDeps,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      serializers: requestSerializers,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    trustProxy: config.trustProxy,
    frameworkErrors,
    clientErrorHandler,
    ...serverTimeouts(config),
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    ...(options.schemaController ? { schemaController: options.schemaController } : {}),
  }).withTypeProvider<TypeBoxTypeProvider>()

  // 1. Infrastructure: errors, headers, compression, API documents, health and metrics.
  registerErrorHandling(app)
  app.addHook('onRequest', securityHeadersHook(config))
  app.addHook('onRequest', requireAllowedHost(config))
  await app.register(compress, { threshold: 1024 })
  await registerOpenApi(app)
  registerObservability(app, db, registry, config)

  // 2. The shared context every feature receives.
  const limits = createRateLimits({
    redisUrl: config.redisUrl,
    databaseUrl: config.databaseUrl,
    // Without Redis or a PostgreSQL URL, the embedded database keeps budgets across restarts.
    db,
    onStoreError: (error) => app.log.warn({ err: error }, 'rate-limit store unavailable'),
  })
  const window = { points: config.ipLimit.requests, durationSeconds: config.ipLimit.windowSeconds }
  const captcha = createCaptcha({
    // Its own key, derived so a deployment configures one secret less.
    secret: crypto.createHmac('sha256', ports.keys.otpHmacKey).update('altcha-captcha').digest(),
    required: config.captchaRequired,
    replay: limits.replayGuard(),
  })
  const resident = createResidentLayer({
    db: ownTables<ResidentTables>(db),
    ports,
    config,
    outbox: jobs.outbox,
  })
  const context: FeatureContext = {
    config,
    platform: ports,
    resident,
    captcha,
    guards: {
      captcha: (request) => captcha.verify(request),
      ...otpIpLimits(limits, config),
      status: perIp(limits.limiter('status-ip', window)),
    },
    perIpLimit: (name, budget) => perIp(limits.limiter(name, budget)),
  }

  // 3. The features: public routes, then the logged-in scope behind the session and origin checks.
  await mountFeatures(app, features, context, {
    apiPrefix: API_PREFIX,
    everyRoute: [refuseMalformedCredentials],
    residentGuards: [requireSession, requireAllowedOrigin(config)],
  })
  await registerPortal(app, config.portalDir)

  // 4. Background work: the resident layer's messages; started last, stopped first.
  jobs.handlers[NOTIFY_KIND] = notificationHandler(ports.notifier)
  if (config.workers) jobs.runner.start()
  app.addHook('onClose', async () => {
    await jobs.runner.stop()
    await limits.close()
    await ports.notifier.close?.()
    await ports.masterdata.close?.()
  })
  await app.ready()
  return app
}
