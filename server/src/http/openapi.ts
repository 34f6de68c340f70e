import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'

export const API_PREFIX = '/resident/v1'

/** OpenAPI 3.1 generated from the route schemas, as JSON and as a readable page. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Resident Services API',
        version: '1.0',
        description:
          'MOSIP-compatible resident API. Business errors answer HTTP 200 with `errors[]`, as MOSIP does.',
      },
      servers: [{ url: '/' }],
    },
  })
  await app.register(swaggerUi, {
    routePrefix: `${API_PREFIX}/api-docs/ui`,
    staticCSP: true,
    uiConfig: { docExpansion: 'list', deepLinking: false },
  })
  app.get(`${API_PREFIX}/api-docs`, { schema: { hide: true } }, async () => app.swagger())
}
