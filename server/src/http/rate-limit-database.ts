import { CompiledQuery } from 'kysely'
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible'
import type { Database } from '../db/database.ts'
import type { Store } from './rate-limit.ts'

/** The table the library expects (key, points, expire in epoch ms); one statement, no race. */
const createTableSql = (table: string) =>
  `CREATE TABLE IF NOT EXISTS "${table}" (key text PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`

/** Another process created the table at the same moment: the table (42P07), its row type
 * (42710, "type … already exists") or the catalogue key (23505). */
const isConcurrentCreate = (error: { code?: string }) =>
  error.code === '23505' || error.code === '42P07' || error.code === '42710'

/**
 * The one method of a `pg` pool that RateLimiterPostgres calls, answered by the app's Kysely
 * database: on PGlite that is the only connection there is (Kysely's dialect serialises it).
 * Limiters run in guards, never inside a transaction, so they cannot wait on themselves.
 */
function poolOf(db: Database) {
  return {
    async query(query: { text: string; values?: unknown[] }) {
      const result = await db.executeQuery(CompiledQuery.raw(query.text, query.values ?? []))
      // `rowCount` as pg reports it: rows changed by a write, rows returned by a read.
      return { rows: result.rows, rowCount: Number(result.numAffectedRows ?? result.rows.length) }
    },
  }
}

/** What a SQL store needs: `pg.Pool`'s query with a config object (also our Kysely shim). */
export interface SqlPool {
  query(query: { text: string; values?: unknown[] }): Promise<unknown>
}

/**
 * Rate limits in one SQL table, through `pool` (a PostgreSQL pool, or the app's own database).
 * The library's own CREATE TABLE runs in every limiter's constructor, racing the others; one
 * statement here instead, with the columns it expects.
 */
export function sqlTableStore(
  kind: 'postgres' | 'database',
  pool: SqlPool,
  table: string,
  report: (error: unknown) => void,
  closePool: () => Promise<void> = async () => {},
): Store {
  let creating: Promise<void> | undefined
  const create = () => {
    creating ??= pool.query({ text: createTableSql(table) }).then(
      () => {},
      (error: { code?: string }) => {
        if (isConcurrentCreate(error)) return
        creating = undefined
        throw error
      },
    )
    return creating
  }
  // Rows outlive their window until deleted; sweep them now and then.
  const sweep = setInterval(() => {
    pool
      .query({ text: `DELETE FROM "${table}" WHERE expire < $1`, values: [Date.now()] })
      .catch(report)
  }, 300_000)
  sweep.unref()

  return {
    kind,
    make: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: pool,
        storeType: 'pool',
        tableName: table,
        tableCreated: true,
        clearExpiredByTimeout: false,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    prepared: () => create().catch(report),
    ready: create,
    async close() {
      clearInterval(sweep)
      await closePool()
    },
  }
}

/** Rate limits in a table of the app's own database (the embedded PGlite, kept across restarts). */
export function databaseStore(
  db: Database,
  table: string,
  report: (error: unknown) => void,
): Store {
  return sqlTableStore('database', poolOf(db), table, report)
}
