import crypto from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createEmbeddedServer } from '../src/bootstrap/server.ts'
import { loadConfig } from '../src/config.ts'
import { type DatabaseHandle, openPostgres } from '../src/db/database.ts'
import { MASTERDATA_CHANNEL } from '../src/platform/embedded/index.ts'
import type { MasterdataPort } from '../src/platform/masterdata.ts'
import { admin } from './support/empty-database.ts'
import { generateKeys } from './support/keys.ts'
import { allCentres } from './support/places.ts'

const BASE = '/resident/v1/proxy/masterdata'
const template = inject('dbTemplate')

/** One server process's worth: its own pool, its own LISTEN connection, its own memory. */
interface Instance {
  app: FastifyInstance
  masterdata: MasterdataPort
  handle: DatabaseHandle
}

// Several servers on one database: PostgreSQL only (PGlite is one process); CI runs it there.
describe.runIf(template.kind === 'postgres')('two servers on one PostgreSQL database', () => {
  const instances: Instance[] = []
  let adminUrl = ''
  let name = ''

  beforeAll(async () => {
    if (template.kind !== 'postgres') return
    adminUrl = template.url
    name = `${template.template}_cache_${crypto.randomBytes(4).toString('hex')}`
    await admin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template.template}`)
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    const keys = await generateKeys()
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        DATABASE_URL: url.toString(),
        PORTAL_DIR: '/nonexistent',
        LOG_LEVEL: 'silent',
      })
      const handle = openPostgres(url.toString(), 3)
      const { app, ports } = await createEmbeddedServer({ config, db: handle.db, keys })
      instances.push({ app, masterdata: ports.masterdata, handle })
    }
  })

  afterAll(async () => {
    for (const { app, handle } of instances) {
      await app.close()
      await handle.close()
    }
    if (name) await admin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  })

  const at = (i: number) => {
    const instance = instances[i]
    if (!instance) throw new Error(`no server ${i}`)
    return instance
  }

  async function hits(i: number): Promise<number> {
    const text = (await at(i).app.inject({ url: '/metrics' })).body
    const m = /^http_cache_lookups_total\{cache="masterdata",result="hit"\} (\d+)/m.exec(text)
    return Number(m?.[1] ?? 0)
  }

  /** The centre's name in server i's answer. */
  async function nameOn(i: number, url: string, id: string): Promise<string | undefined> {
    const res = await at(i).app.inject({ url })
    expect(res.statusCode).toBe(200)
    return res.json().response.registrationCenters.find((c: { id: string }) => c.id === id)?.name
  }

  /** Until server i answers `url` from memory (its change feed is listening). */
  async function held(i: number, url: string) {
    await expect
      .poll(
        async () => {
          const before = await hits(i)
          await at(i).app.inject({ url })
          return (await hits(i)) > before
        },
        { timeout: 5000, interval: 50 },
      )
      .toBe(true)
  }

  it("shows a centre renamed on one server in the other's next answers", async () => {
    const centre = (await allCentres(at(0).masterdata, 'eng'))[0]
    if (!centre) throw new Error('the demo country has no centre')
    const url = `${BASE}/getcoordinatespecificregistrationcenters/eng/${centre.longitude}/${centre.latitude}/100`
    await held(1, url)
    expect(await nameOn(1, url, centre.id)).toBe(centre.name)

    expect(await at(0).masterdata.updateCentre(centre.id, 'eng', { name: 'Renamed Far' })).toBe(
      true,
    )
    // The other server hears of it by NOTIFY, within milliseconds; its memory would keep the
    // old answer for a minute.
    await expect
      .poll(() => nameOn(1, url, centre.id), { timeout: 2000, interval: 20 })
      .toBe('Renamed Far')
    expect(await nameOn(0, url, centre.id)).toBe('Renamed Far')
  })

  it('answers from the database, never from memory, while it cannot hear of changes', async () => {
    const centre = (await allCentres(at(0).masterdata, 'eng'))[1]
    if (!centre) throw new Error('the demo country has no second centre')
    const url = `${BASE}/getcoordinatespecificregistrationcenters/eng/${centre.longitude}/${centre.latitude}/100`
    await held(1, url)
    // Every listening connection is cut: a change made now is announced to nobody.
    await admin(
      adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = '${name}' AND query = 'LISTEN "${MASTERDATA_CHANNEL}"'`,
    )
    expect(await at(0).masterdata.updateCentre(centre.id, 'eng', { name: 'Renamed Unheard' })).toBe(
      true,
    )
    await expect
      .poll(() => nameOn(1, url, centre.id), { timeout: 2000, interval: 20 })
      .toBe('Renamed Unheard')
    // Listening again, it caches again.
    await held(1, url)
    expect(await nameOn(1, url, centre.id)).toBe('Renamed Unheard')
  })
})
