import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { Config } from '../../config.ts'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import { createReplyCache } from '../../http/reply-cache.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import { uiProperties } from './properties.ts'

export function registerUiProperties(api: FastifyInstance, config: Config): void {
  const properties = uiProperties(config)
  // Built from the configuration alone, which never changes while the server runs.
  const cache = createReplyCache({
    version: () => 'config',
    meter: api.cacheMeter('ui-properties'),
  })
  api.get(
    '/proxy/config/ui-properties',
    {
      config: { envelope: { responseId: 'resident.ui.properties', responseVersion: '1.0' } },
      schema: {
        summary: 'Non-secret settings the portal boots on',
        tags: ['config'],
        ...errorCodes(),
        response: {
          200: envelopeSchema(
            Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
          ),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300')
      return cache.reply(request, reply, async () => ok(request, properties))
    },
  )
}
