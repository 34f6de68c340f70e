import { sql } from 'kysely'
import { seedAuthLocks } from '../id-auth/auth-records.ts'
import { seedDemoResidents } from '../identity/demo-residents.ts'
import { FEATURED_RESIDENTS } from '../identity/featured.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import { type DemoCountry, type DemoCountryOptions, generateDemoCountry } from './generate.ts'

/** Rows per INSERT: each batch travels as one JSON parameter. */
const BATCH_ROWS = 5000

/**
 * Inserts the demo country for `options.seed` into an empty masterdata schema, in one
 * transaction. Each batch of rows is sent as a single JSON parameter and expanded with
 * json_populate_recordset: far fewer bind parameters to parse than a multi-row VALUES, which
 * keeps 10,000 centres × 7 languages to a few seconds on PGlite.
 */
export async function seedDemoCountry(db: Database, options: DemoCountryOptions): Promise<void> {
  const country = generateDemoCountry(options)
  await db.transaction().execute(async (trx) => {
    for (const table of Object.keys(country) as (keyof DemoCountry)[]) {
      const rows: object[] = country[table]
      const first = rows[0]
      if (!first) continue
      const columns = sql.join(Object.keys(first).map((c) => sql.ref(c)))
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const json = JSON.stringify(rows.slice(i, i + BATCH_ROWS))
        await sql`INSERT INTO ${sql.table(table)} (${columns})
          SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${json}::json)`.execute(
          trx,
        )
      }
    }
    // The residents' registry: only a Temporary VID's expiry depends on the clock.
    await seedDemoResidents(trx, { seed: options.seed, today: new Date() })
    await seedAuthLocks(
      trx,
      FEATURED_RESIDENTS.flatMap((r) =>
        r.uin && r.lockedAuthTypes.length > 0 ? [{ uin: r.uin, authTypes: r.lockedAuthTypes }] : [],
      ),
    )
  })
  // Fresh tables have no statistics (PGlite runs no autovacuum): without them the planner
  // guesses a handful of rows and picks scans that are slow at 10,000 centres.
  await sql`ANALYZE`.execute(db)
}
