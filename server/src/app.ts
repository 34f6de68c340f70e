import crypto from 'node:crypto'
import compress from '@fastify/compress'
import helmet from '@fastify/helmet'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import { registerWellKnown } from './cards/well-known-routes.ts'
import type { Config } from './config.ts'
import { createEventStore } from './events/store.ts'
import { registerAuditLog } from './features/audit-log/routes.ts'
import { registerDevMailbox } from './features/dev-mailbox/routes.ts'
import { registerGetInformation } from './features/get-information/routes.ts'
import { registerGetMyUin } from './features/get-my-uin/routes.ts'
import { createGetMyUinService } from './features/get-my-uin/service.ts'
import { registerUiProperties } from './features/ui-properties/routes.ts'
import { registerVerifyContact } from './features/verify-contact/routes.ts'
import { createVerifyContactService } from './features/verify-contact/service.ts'
import { createCaptcha, registerCaptchaRoutes } from './http/captcha.ts'
import { frameworkErrors, registerErrorHandling } from './http/error-handler.ts'
import type { PublicGuards } from './http/guards.ts'
import { requestSerializers } from './http/log-redaction.ts'
import { registerObservability } from './http/observability.ts'
import { API_PREFIX, registerOpenApi } from './http/openapi.ts'
import { registerPortal } from './http/portal.ts'
import { createRateLimits, perIp } from './http/rate-limit.ts'
import { createOtpService } from './otp/otp-service.ts'
import { hashId } from './platform/keys.ts'
import type { Ports } from './platform/ports.ts'

export interface BuildOptions {
  /** Where logs go (tests capture them to prove nothing private is written). */
  logStream?: NodeJS.WritableStream
}

/** A ready server over the given platform ports. No globals: tests build one per suite. */
export async function buildApp(
  config: Config,
  ports: Ports,
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
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, maxParamLength: 500 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  registerErrorHandling(app)
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  })
  await app.register(compress, { threshold: 1024 })
  await registerOpenApi(app)
  registerObservability(app, ports.db)

  const limits = createRateLimits({
    redisUrl: config.redisUrl,
    databaseUrl: config.databaseUrl,
    onStoreError: (error) => app.log.warn({ err: error }, 'rate-limit store unavailable'),
  })
  app.addHook('onClose', async () => {
    await limits.close()
    await ports.notifier.close?.()
  })
  const window = { points: config.ipLimit.requests, durationSeconds: config.ipLimit.windowSeconds }
  const captcha = createCaptcha({
    // Its own key, derived so a deployment configures one secret less.
    secret: crypto.createHmac('sha256', ports.keys.otpHmacKey).update('altcha-captcha').digest(),
    required: config.captchaRequired,
    replay: limits.replayGuard(),
  })
  const guards: PublicGuards = {
    captcha: (request) => captcha.verify(request),
    ipLimit: perIp(limits.limiter('otp-ip', window)),
    status: perIp(limits.limiter('status-ip', window)),
  }
  const events = createEventStore(ports.db)
  const otp = createOtpService({ ...ports, events, config })

  registerWellKnown(app, ports.keys)
  await app.register(
    async (api) => {
      registerUiProperties(api, config)
      registerGetInformation(api, config, ports.masterdata)
      // Each challenge costs the server about 2 ms of CPU: bounded per client too.
      registerCaptchaRoutes(api, captcha, {
        limit: perIp(limits.limiter('captcha-ip', { points: 120, durationSeconds: 600 })),
      })
      const getMyUin = createGetMyUinService({ ...ports, config, events, otp })
      registerGetMyUin(api, getMyUin, guards)
      const verify = createVerifyContactService({ ...ports, events, otp })
      registerVerifyContact(api, verify, guards)
      registerAuditLog(api, {
        audit: ports.audit,
        hashId: (id) => hashId(ports.keys, id),
        limit: perIp(limits.limiter('audit-ip', { points: 60, durationSeconds: 60 })),
      })
      registerDevMailbox(api, ports.notifier)
    },
    { prefix: API_PREFIX },
  )
  await registerPortal(app, config.portalDir)
  await app.ready()
  return app
}
