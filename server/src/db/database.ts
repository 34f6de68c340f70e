import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { cube } from '@electric-sql/pglite/contrib/cube'
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import type { DB } from './schema.ts'

export type Database = Kysely<DB>

export interface DatabaseHandle {
  db: Database
  kind: 'pglite' | 'postgres'
  /** The PGlite instance, for dump/load of test templates; undefined on PostgreSQL. */
  pglite: PGlite | undefined
  close(): Promise<void>
}

/** Extensions PGlite must load before `CREATE EXTENSION` can find them. */
const pgliteExtensions = { cube, earthdistance }

export interface OpenOptions {
  /** Called once per statement sent (the benchmark counts round trips with it). */
  onQuery?: () => void
}

const logOf = (options: OpenOptions) => (options.onQuery ? { log: () => options.onQuery?.() } : {})

/** Opens PostgreSQL at `url`. */
export function openPostgres(
  url: string,
  poolSize = 10,
  options: OpenOptions = {},
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize })
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {})
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...logOf(options) })
  return { db, kind: 'postgres', pglite: undefined, close: () => db.destroy() }
}

/**
 * Opens embedded PGlite: in memory when `dir` is undefined, else in that folder. `loadDataDir`
 * starts from a dump (tests clone a seeded template this way).
 */
export async function openPGlite(
  dir?: string,
  loadDataDir?: Blob,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true })
  const pglite = await PGlite.create({
    dataDir: dir,
    extensions: pgliteExtensions,
    ...(loadDataDir ? { loadDataDir } : {}),
  })
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), ...logOf(options) })
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy()
      if (!pglite.closed) await pglite.close()
    },
  }
}

/**
 * One owner's view of the shared database: only its own tables are typed. Kysely's types are
 * invariant in the table map, so the narrowing is a cast; the constraint keeps it to tables
 * that DB really has.
 */
export function ownTables<S extends Partial<DB>>(db: Database): Kysely<S> {
  return db as unknown as Kysely<S>
}
