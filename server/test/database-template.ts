import crypto from 'node:crypto'
import fs from 'node:fs'
import { Client } from 'pg'
import { type DatabaseHandle, openPGlite, openPostgres } from '../src/db/database.ts'

/** Centres in the test country: enough for pagination and nearby tests, quick to seed. */
export const TEST_CENTRES = 100

export type TestDatabaseTemplate =
  | { kind: 'pglite'; file: string }
  | { kind: 'postgres'; url: string; template: string }

/** A fresh, seeded database cloned from the run's template. */
export async function cloneTemplate(template: TestDatabaseTemplate): Promise<DatabaseHandle> {
  if (template.kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(template.file)])
    return openPGlite(undefined, blob)
  }
  const name = `${template.template}_${crypto.randomBytes(4).toString('hex')}`
  const admin = new Client({ connectionString: template.url })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.template}`)
  } finally {
    await admin.end()
  }
  const url = new URL(template.url)
  url.pathname = `/${name}`
  const handle = openPostgres(url.toString(), 4)
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const cleanup = new Client({ connectionString: template.url })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}
