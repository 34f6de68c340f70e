import { Kysely, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DatabaseHandle, openPGlite } from '../../../db/database.ts'
import { runMigrations } from '../../../db/migrate.ts'
import type { DB } from '../../../db/schema.ts'
import type { MasterdataPort } from '../../masterdata.ts'
import { DEMO_POINT_MIN_CENTRES, DEMO_POINTS } from '../demo-country/points.ts'
import { seedDemoCountry } from '../demo-country/seed.ts'
import { embeddedMigrations } from '../migrations/index.ts'
import { embeddedTables } from '../tables.ts'
import { createEmbeddedMasterdata } from './store.ts'

let handle: DatabaseHandle
let md: MasterdataPort

/** Extra centres at awkward places: around the north pole and on both sides of the antimeridian. */
const EDGE_CENTRES = [
  { id: 'POLE-0', latitude: 89.99, longitude: 0 },
  { id: 'POLE-90', latitude: 89.99, longitude: 90 },
  { id: 'POLE-180', latitude: 89.99, longitude: 180 },
  { id: 'DATELINE-E', latitude: 0, longitude: 179.99 },
  { id: 'DATELINE-W', latitude: 0, longitude: -179.99 },
]

beforeAll(async () => {
  handle = await openPGlite()
  await runMigrations(handle.db, embeddedMigrations)
  await seedDemoCountry(embeddedTables(handle.db), { seed: 1, centres: 100 })
  const template = await handle.db
    .selectFrom('md_center')
    .selectAll()
    .where('id', '=', '10001')
    .where('lang_code', '=', 'eng')
    .executeTakeFirstOrThrow()
  for (const edge of EDGE_CENTRES) {
    await handle.db
      .insertInto('md_center')
      .values({ ...template, id: edge.id, name: `Edge ${edge.id}` })
      .execute()
    await handle.db
      .insertInto('md_center_geo')
      .values({ center_id: edge.id, latitude: edge.latitude, longitude: edge.longitude })
      .execute()
  }
  md = createEmbeddedMasterdata(embeddedTables(handle.db), { today: () => '2026-06-01' })
})

afterAll(async () => {
  await handle?.close()
})

/** Great-circle distance on the sphere earthdistance uses (radius 6,378,168 m). */
function metres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2
  return 2 * 6_378_168 * Math.asin(Math.sqrt(a))
}

describe('embedded masterdata: centres near a point', () => {
  it('finds centres around each demo point, nearest first and within the distance', async () => {
    const geo = await handle.db
      .selectFrom('md_center_geo as g')
      .innerJoin('md_center as c', 'c.id', 'g.center_id')
      .select(['g.latitude', 'g.longitude'])
      .where('c.lang_code', '=', 'eng')
      .where('c.is_active', '=', true)
      .execute()
    for (const point of DEMO_POINTS) {
      const centres = await md.nearbyCentres('eng', point.longitude, point.latitude, 2000, 100)
      const expected = geo.filter(
        (g) => metres(point.latitude, point.longitude, g.latitude, g.longitude) <= 2000,
      ).length
      expect(centres.length, point.city).toBe(expected)
      expect(centres.length).toBeGreaterThanOrEqual(DEMO_POINT_MIN_CENTRES)
      const distances = centres.map((c) => c.distanceMeters ?? Number.NaN)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      for (const c of centres) {
        const d = metres(point.latitude, point.longitude, Number(c.latitude), Number(c.longitude))
        expect(Math.abs((c.distanceMeters ?? 0) - d)).toBeLessThanOrEqual(1)
        expect(c.distanceMeters).toBeLessThanOrEqual(2000)
        expect(c.workingDays.length).toBeGreaterThan(0)
        expect(c.holidays.length).toBeGreaterThan(0)
      }
    }
  })

  it('answers in the language asked and respects the limit', async () => {
    const [point] = DEMO_POINTS
    if (!point) throw new Error('no demo point')
    const ara = await md.nearbyCentres('ara', point.longitude, point.latitude, 5000, 2)
    expect(ara.length).toBe(2)
    expect(ara.every((c) => c.langCode === 'ara' && /\p{Script=Arabic}/u.test(c.name))).toBe(true)
    expect(await md.nearbyCentres('eng', point.longitude, point.latitude, 5000, 0)).toEqual([])
    expect(await md.nearbyCentres('eng', 0, 0, 2000, 10)).toEqual([])
  })

  it('sees across the antimeridian: 179.99 and −179.99 are 2 km apart', async () => {
    const fromEast = await md.nearbyCentres('eng', 179.995, 0, 2000, 10)
    expect(fromEast.map((c) => c.id)).toEqual(['DATELINE-E', 'DATELINE-W'])
    expect(fromEast.map((c) => c.distanceMeters)).toEqual([557, 1670])
    const fromWest = await md.nearbyCentres('eng', -179.995, 0, 1000, 10)
    expect(fromWest.map((c) => c.id)).toEqual(['DATELINE-W'])
  })

  it('sees across the north pole, where longitudes meet', async () => {
    const atPole = await md.nearbyCentres('eng', 0, 90, 1200, 10)
    expect(atPole.map((c) => c.id).sort()).toEqual(['POLE-0', 'POLE-180', 'POLE-90'])
    expect(await md.nearbyCentres('eng', 0, 90, 1000, 10)).toEqual([])
    // From one side of the pole, the centre on the opposite meridian is 2.2 km away.
    const fromSide = await md.nearbyCentres('eng', 0, 89.99, 2500, 10)
    expect(fromSide.map((c) => c.id)).toEqual(['POLE-0', 'POLE-90', 'POLE-180'])
    expect(fromSide.map((c) => c.distanceMeters)).toEqual([0, 1574, 2226])
  })

  it('uses the GiST index on md_center_geo', async () => {
    const pglite = handle.pglite
    if (!pglite) throw new Error('PGlite expected')
    // Capture the exact statement the store sends, then ask PostgreSQL for its plan.
    const captured: { sql: string; parameters: readonly unknown[] }[] = []
    const logging = new Kysely<DB>({
      dialect: new PGliteDialect(pglite),
      log: (event) => {
        if (event.level === 'query') captured.push(event.query)
      },
    })
    const [point] = DEMO_POINTS
    if (!point) throw new Error('no demo point')
    await createEmbeddedMasterdata(embeddedTables(logging)).nearbyCentres(
      'eng',
      point.longitude,
      point.latitude,
      2000,
      10,
    )
    const nearby = captured.find((q) => q.sql.includes('<->'))
    if (!nearby) throw new Error('nearby query not captured')
    await sql`SET enable_seqscan = off`.execute(handle.db)
    try {
      const plan = await pglite.query<Record<string, string>>(`EXPLAIN ${nearby.sql}`, [
        ...nearby.parameters,
      ])
      const text = plan.rows.map((r) => Object.values(r).join(' ')).join('\n')
      expect(text).toContain('md_center_geo_earth_idx')
    } finally {
      await sql`RESET enable_seqscan`.execute(handle.db)
    }
  })
})
