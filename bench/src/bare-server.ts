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
/** The other public read-only paths, by the real server's route patterns. */
export const MASTERDATA_ROUTES = {
  workingdays: '/resident/v1/proxy/masterdata/workingdays/:registrationCenterID/:langCode',
  validdocuments: '/resident/v1/proxy/masterdata/validdocuments/:langCode',
  documenttypes: '/resident/v1/proxy/masterdata/documenttypes/:documentcategorycode/:langcode',
  locationlevels: '/resident/v1/proxy/masterdata/locationHierarchyLevels/:langcode',
  uiproperties: '/resident/v1/proxy/config/ui-properties',
} as const

/** One route of the bare server and the JSON bytes it answers. */
export interface BareRoute {
  method: 'GET' | 'POST'
  url: string
  body: Buffer
}

interface ManifestEntry {
  method: BareRoute['method']
  url: string
  file: string
}

/** Writes each route's answer into `dir` and starts the bare server on a free port. */
export function startBareServer(routes: BareRoute[], dir: string): Promise<RunningServer> {
  fs.mkdirSync(dir, { recursive: true })
  const manifest: ManifestEntry[] = routes.map((route, i) => {
    const file = path.join(dir, `answer-${i}.json`)
    fs.writeFileSync(file, route.body)
    return { method: route.method, url: route.url, file }
  })
  const manifestFile = path.join(dir, 'routes.json')
  fs.writeFileSync(manifestFile, JSON.stringify(manifest))
  return startNodeServer(import.meta.filename, { BARE_ROUTES_FILE: manifestFile })
}

async function serve(): Promise<void> {
  const manifest = JSON.parse(
    fs.readFileSync(process.env.BARE_ROUTES_FILE ?? '', 'utf8'),
  ) as ManifestEntry[]
  // Fastify parses a POST's JSON body as the real server does (without its schema check).
  const app = Fastify({ logger: false })
  app.get('/ready', async () => ({ status: 'UP' }))
  for (const entry of manifest) {
    const answer = fs.readFileSync(entry.file)
    app.route({
      method: entry.method,
      url: entry.url,
      handler: (_request, reply) => {
        reply.type('application/json').send(answer)
      },
    })
  }
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)))
  await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) })
}

if (import.meta.main) await serve()
