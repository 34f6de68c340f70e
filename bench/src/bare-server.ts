// The baseline: bare Fastify on the same routes, answering fixed bytes captured from the real
// server. Run as its own process (like the real server) so the load generator does not share
// its event loop. `startBareServer` spawns this file; run directly it is the server.
import fs from 'node:fs'
import path from 'node:path'
import Fastify from 'fastify'
import { type RunningServer, startNodeServer } from './server-process.ts'

export const NEARBY_ROUTE =
  '/resident/v1/proxy/masterdata/getcoordinatespecificregistrationcenters/:langcode/:longitude/:latitude/:proximitydistance'
export const SEARCH_ROUTE =
  '/resident/v1/proxy/masterdata/registrationcenters/page/:langcode/:hierarchylevel/:name'

export interface Payloads {
  nearby: Buffer
  search: Buffer
}

/** Writes the payloads into `dir` and starts the bare server on a free port. */
export function startBareServer(payloads: Payloads, dir: string): Promise<RunningServer> {
  fs.mkdirSync(dir, { recursive: true })
  const nearbyFile = path.join(dir, 'nearby.json')
  const searchFile = path.join(dir, 'search.json')
  fs.writeFileSync(nearbyFile, payloads.nearby)
  fs.writeFileSync(searchFile, payloads.search)
  return startNodeServer(import.meta.filename, {
    BARE_NEARBY_FILE: nearbyFile,
    BARE_SEARCH_FILE: searchFile,
  })
}

async function serve(): Promise<void> {
  const nearby = fs.readFileSync(process.env.BARE_NEARBY_FILE ?? '')
  const search = fs.readFileSync(process.env.BARE_SEARCH_FILE ?? '')
  const app = Fastify({ logger: false })
  app.get('/ready', async () => ({ status: 'UP' }))
  app.get(NEARBY_ROUTE, (_request, reply) => {
    reply.type('application/json').send(nearby)
  })
  app.get(SEARCH_ROUTE, (_request, reply) => {
    reply.type('application/json').send(search)
  })
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)))
  await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) })
}

if (import.meta.main) await serve()
