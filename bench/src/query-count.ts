// The benchmark's database opened with every statement counted: each one Kysely sends (BEGIN and
// COMMIT included) is one round trip to PostgreSQL, or one query call into PGlite.
import { type DatabaseHandle, openPGlite, openPostgres } from '@resident/server'

export interface CountedDatabase {
  handle: DatabaseHandle
  /** Statements sent so far (failed ones too). */
  queries(): number
}

function counter() {
  let count = 0
  return {
    onQuery: () => {
      count += 1
    },
    queries: () => count,
  }
}

/** PostgreSQL at `url`, pooled as the server pools it. */
export function countedPostgres(url: string, poolSize = 10): CountedDatabase {
  const { onQuery, queries } = counter()
  return { handle: openPostgres(url, poolSize, { onQuery }), queries }
}

/** PGlite in `dir`, opened as the server opens it. */
export async function countedPGlite(dir: string): Promise<CountedDatabase> {
  const { onQuery, queries } = counter()
  return { handle: await openPGlite(dir, undefined, { onQuery }), queries }
}
