import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { type LazySchemas, lazySchemas } from './lazy-schemas.ts'

const apps: FastifyInstance[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()))
})

/** A route with every schema part, on a server compiling eagerly (default) or lazily. */
async function server(lazy?: LazySchemas): Promise<FastifyInstance> {
  const app = Fastify({
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
    ...(lazy ? { schemaController: { compilersFactory: lazy.compilersFactory } } : {}),
  })
  apps.push(app)
  app.post(
    '/centres/:page',
    {
      schema: {
        params: { type: 'object', properties: { page: { type: 'integer', minimum: 0 } } },
        querystring: {
          type: 'object',
          required: ['size'],
          properties: { size: { type: 'integer', maximum: 50 } },
        },
        headers: {
          type: 'object',
          properties: { 'time-zone-offset': { type: 'string', pattern: '^-?[0-9]+$' } },
        },
        body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        response: {
          200: {
            type: 'object',
            properties: { page: { type: 'integer' }, size: { type: 'integer' } },
          },
        },
      },
    },
    async (request) => ({
      ...(request.params as object),
      ...(request.query as object),
      secret: 'never serialised: not in the response schema',
    }),
  )
  await app.ready()
  return app
}

const requests = [
  { url: '/centres/2?size=10', payload: { name: 'a' } },
  { url: '/centres/x?size=10', payload: { name: 'a' } },
  { url: '/centres/2?size=99', payload: { name: 'a' } },
  { url: '/centres/2', payload: { name: 'a' } },
  { url: '/centres/2?size=10', payload: {} },
  { url: '/centres/2?size=10', payload: { name: 'a' }, headers: { 'Time-Zone-Offset': 'x' } },
]

async function answers(app: FastifyInstance) {
  const out = []
  for (const r of requests) {
    const res = await app.inject({ method: 'POST', ...r })
    out.push({ status: res.statusCode, body: res.json() })
  }
  return out
}

describe('route schemas compiled on first use', () => {
  it('answers every request exactly as eager compilation does', async () => {
    const lazy = lazySchemas()
    const expected = await answers(await server())
    expect(expected[0]).toEqual({ status: 200, body: { page: 2, size: 10 } })
    expect(expected.slice(1).map((a) => a.status)).toEqual([400, 400, 400, 400, 400])

    const app = await server(lazy)
    expect(lazy.pending()).toBeGreaterThan(0)
    expect(await answers(app)).toEqual(expected)
  })

  it('compiles what is left in the background, and the routes still answer after', async () => {
    const lazy = lazySchemas()
    const app = await server(lazy)
    const pending = lazy.pending()
    expect(await lazy.compileRemaining()).toBe(pending)
    expect(lazy.pending()).toBe(0)
    expect(await answers(app)).toEqual(await answers(await server()))
  })
})
