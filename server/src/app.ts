import compress from '@fastify/compress'
import helmet from '@fastify/helmet'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance } from 'fastify'
import type { Config } from './config.ts'
import { registerGetInformation } from './features/get-information/routes.ts'
import { registerUiProperties } from './features/ui-properties/routes.ts'
import { frameworkErrors, registerErrorHandling } from './http/error-handler.ts'
import { requestSerializers } from './http/log-redaction.ts'
import { registerObservability } from './http/observability.ts'
import { API_PREFIX, registerOpenApi } from './http/openapi.ts'
import { registerPortal } from './http/portal.ts'
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

  await app.register(
    async (api) => {
      registerUiProperties(api, config)
      registerGetInformation(api, config, ports.masterdata)
    },
    { prefix: API_PREFIX },
  )
  await registerPortal(app, config.portalDir)
  await app.ready()
  return app
}
