import fs from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/**
 * Serves the built portal at `/`: hashed assets cached for a year, precompressed files when the
 * build made them, and index.html (never cached) for every other page so client routes work.
 */
export async function registerPortal(app: FastifyInstance, portalDir: string): Promise<boolean> {
  const indexFile = path.join(portalDir, 'index.html')
  if (!fs.existsSync(indexFile)) return false
  await app.register(fastifyStatic, {
    root: portalDir,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    index: false,
    cacheControl: false,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`)
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    },
  })
  const spaPaths = /^\/(?!resident\/|assets\/|\.well-known\/|health$|ready$|metrics$)/
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return
    const url = request.url.split('?')[0] ?? '/'
    if (!spaPaths.test(url) || path.extname(url)) return
    reply.header('cache-control', 'no-cache')
    return reply.sendFile('index.html')
  })
  return true
}
