// The benchmark population: the demo country with many centres, seeded into a PGlite folder or
// a fresh PostgreSQL database, through the server's own migrations and seed.
import path from 'node:path'
import { type DatabaseHandle, openPGlite, openPostgres, prepareDatabase } from '@resident/server'
import { embeddedTables, seedDemoCountry } from '@resident/server/demo'
import pg from 'pg'

/** The location level the search benchmark asks for (as the portal's "search by city"). */
export const SEARCH_LEVEL = 3

export interface Seeded {
  /** Opening the database (a new PGlite folder runs initdb). */
  openSeconds: number
  migrateSeconds: number
  seedSeconds: number
  /** Open, migrate, seed and close (PGlite writes its folder on close). */
  totalSeconds: number
  /** Names of locations at SEARCH_LEVEL in English, to draw search texts from. */
  locationNames: string[]
}

async function migrateAndSeed(
  open: () => Promise<DatabaseHandle>,
  seed: number,
  centres: number,
): Promise<Seeded> {
  const started = performance.now()
  const handle = await open()
  const openSeconds = (performance.now() - started) / 1000
  let seeded: Omit<Seeded, 'totalSeconds' | 'openSeconds'>
  try {
    const t0 = performance.now()
    await prepareDatabase(handle.db)
    const t1 = performance.now()
    await seedDemoCountry(embeddedTables(handle.db), { seed, centres })
    const t2 = performance.now()
    const rows = await handle.db
      .selectFrom('md_location')
      .select('name')
      .where('lang_code', '=', 'eng')
      .where('level', '=', SEARCH_LEVEL)
      .orderBy('code')
      .limit(500)
      .execute()
    seeded = {
      migrateSeconds: (t1 - t0) / 1000,
      seedSeconds: (t2 - t1) / 1000,
      locationNames: rows.map((r) => r.name),
    }
  } finally {
    await handle.close()
  }
  return { ...seeded, openSeconds, totalSeconds: (performance.now() - started) / 1000 }
}

/** Seeds PGlite where the server looks for it: `<dataDir>/pglite`. */
export async function seedPGlite(dataDir: string, seed: number, centres: number): Promise<Seeded> {
  return migrateAndSeed(() => openPGlite(path.join(dataDir, 'pglite')), seed, centres)
}

export interface PostgresPopulation extends Seeded {
  url: string
  drop(): Promise<void>
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A database created afresh (dropped first if a crashed run left it) and its drop. */
export interface FreshDatabase {
  url: string
  drop(): Promise<void>
}

export async function createDatabase(adminUrl: string, database: string): Promise<FreshDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bad database name ${database}`)
  const drop = () =>
    admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(
      () => {},
    )
  await drop()
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`))
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return { url: url.toString(), drop }
}

/** Creates `database` afresh on the server of `adminUrl` and seeds it. */
export async function seedPostgres(
  adminUrl: string,
  database: string,
  seed: number,
  centres: number,
): Promise<PostgresPopulation> {
  const fresh = await createDatabase(adminUrl, database)
  try {
    const seeded = await migrateAndSeed(async () => openPostgres(fresh.url, 4), seed, centres)
    return { ...seeded, ...fresh }
  } catch (error) {
    await fresh.drop()
    throw error
  }
}

/**
 * Three-letter search texts cut from location names: the start of each name first, then its
 * middle, lower-cased, letters only, without repeats.
 */
export function threeLetterTexts(names: string[], count: number): string[] {
  const texts: string[] = []
  const add = (text: string) => {
    if (texts.length < count && /^\p{L}{3}$/u.test(text) && !texts.includes(text)) texts.push(text)
  }
  for (const name of names) add(name.slice(0, 3).toLowerCase())
  for (const name of names) {
    const middle = Math.floor(name.length / 2) - 1
    add(name.slice(middle, middle + 3).toLowerCase())
  }
  return texts
}
