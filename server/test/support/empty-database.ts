import crypto from 'node:crypto'
import fs from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { type DatabaseHandle, openPGlite, openPostgres } from '../../src/db/database.ts'

/**
 * A database with no table at all, on the run's engine: a new PostgreSQL database (named after
 * the template, so the run's teardown drops it too), or PGlite loaded from the empty dump the
 * global setup made (an `initdb` per test is slow on a busy machine).
 */
export async function openEmptyDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const template = inject('dbTemplate')
  if (template.kind === 'pglite') {
    return openPGlite(undefined, new Blob([fs.readFileSync(inject('emptyPglite'))]))
  }
  const name = `${template.template}_empty_${crypto.randomBytes(4).toString('hex')}`
  await admin(template.url, `CREATE DATABASE ${name}`)
  const url = new URL(template.url)
  url.pathname = `/${name}`
  const handle = openPostgres(url.toString(), 6)
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close()
      await admin(template.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** Runs one statement as the administrator (create or drop a database). */
export async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
