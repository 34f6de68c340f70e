import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Kysely } from 'kysely'
import pg from 'pg'
import { openPGlite, openPostgres } from '../../src/db/database.ts'
import { up } from '../../src/jobs/migration.ts'
import { type JobTables, jobDb } from '../../src/jobs/tables.ts'

/** PostgreSQL when TEST_DATABASE_URL is set (CI runs the suite on both), else PGlite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

export interface JobTestDatabase {
  kind: 'pglite' | 'postgres'
  db: Kysely<JobTables>
  /** This database's URL (PostgreSQL only): for second pools and child processes. */
  url: string | undefined
  close(): Promise<void>
}

/**
 * A fresh database holding only the job table: a new PostgreSQL database per call, dropped by
 * `close`, or PGlite in memory.
 */
export async function openJobTestDatabase(): Promise<JobTestDatabase> {
  let database: JobTestDatabase
  if (TEST_DATABASE_URL) {
    const name = `jobs_test_${crypto.randomBytes(6).toString('hex')}`
    await admin(`CREATE DATABASE ${name}`)
    const url = new URL(TEST_DATABASE_URL)
    url.pathname = `/${name}`
    const handle = openPostgres(url.toString(), 6)
    database = {
      kind: 'postgres',
      db: jobDb(handle.db),
      url: url.toString(),
      close: async () => {
        await handle.close()
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      },
    }
  } else {
    const handle = await openPGlite(undefined, await emptyPGlite())
    database = { kind: 'pglite', db: jobDb(handle.db), url: undefined, close: handle.close }
  }
  // Kysely handles are invariant in their schema type; the migrator hands `up` an untyped one.
  await up(database.db as unknown as Kysely<unknown>)
  return database
}

/** A second pool on the same PostgreSQL database. */
export function openPool(url: string, size = 6): { db: Kysely<JobTables>; close(): Promise<void> } {
  const handle = openPostgres(url, size)
  return { db: jobDb(handle.db), close: handle.close }
}

/**
 * An empty PGlite data folder, made once and kept in the temp folder (keyed by the PGlite build):
 * loading it takes a fraction of the time `initdb` does, and every test file here needs one.
 */
async function emptyPGlite(): Promise<Blob> {
  const entry = fs.statSync(new URL(import.meta.resolve('@electric-sql/pglite')))
  const build = `${entry.size}-${Math.floor(entry.mtimeMs)}`
  const file = path.join(os.tmpdir(), `resident-jobs-pglite-${build}.tar.gz`)
  if (!fs.existsSync(file)) {
    const handle = await openPGlite()
    const dump = await handle.pglite?.dumpDataDir('gzip')
    await handle.close()
    if (!dump) throw new Error('PGlite dump failed')
    // Written aside and renamed, so a test file running alongside never reads half a dump.
    const partial = `${file}.${process.pid}`
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    fs.renameSync(partial, file)
  }
  return new Blob([fs.readFileSync(file)])
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
