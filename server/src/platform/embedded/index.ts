import type { Config } from '../../config.ts'
import type { Database } from '../../db/database.ts'
import type { Ports } from '../ports.ts'
import { seedDemoCountry } from './demo-country/seed.ts'
import { createEmbeddedMasterdata } from './masterdata/store.ts'

/** Seed of the demo country: fixed, so every laptop and every test sees the same country. */
export const DEMO_SEED = 20261127

/** Seeds the demo country into an empty database; a database with masterdata is left alone. */
export async function ensureDemoData(db: Database, config: Config): Promise<boolean> {
  if (!config.demoSeed) return false
  const existing = await db.selectFrom('md_language').select('code').limit(1).executeTakeFirst()
  if (existing) return false
  await seedDemoCountry(db, { seed: DEMO_SEED, centres: config.demoCentres })
  return true
}

/** The in-process ID platform over our own database. */
export function createEmbeddedPorts(db: Database): Ports {
  return { db, masterdata: createEmbeddedMasterdata(db) }
}
