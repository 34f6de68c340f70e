import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import type { TestProject } from 'vitest/node'
import { prepareDatabase } from '../src/bootstrap/database.ts'
import { openPGlite, openPostgres } from '../src/db/database.ts'
import { seedDemoCountry } from '../src/platform/embedded/demo-country/seed.ts'
import { DEMO_SEED } from '../src/platform/embedded/index.ts'
import { embeddedTables } from '../src/platform/embedded/tables.ts'
import { TEST_CENTRES, type TestDatabaseTemplate } from './database-template.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TestDatabaseTemplate
    /** PGlite runs only: a dump of a database with no table at all (loads faster than initdb). */
    emptyPglite: string
  }
}

/**
 * Seeds one template database per run; every suite clones it (PostgreSQL: CREATE DATABASE …
 * TEMPLATE; PGlite: load the dumped data folder), so a fresh seeded database costs milliseconds.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const name = `resident_tpl_${process.pid}`
    const admin = new Client({ connectionString: url })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.query(`CREATE DATABASE ${name}`)
    const target = new URL(url)
    target.pathname = `/${name}`
    const handle = openPostgres(target.toString(), 2)
    await prepareDatabase(handle.db)
    await seedDemoCountry(embeddedTables(handle.db), { seed: DEMO_SEED, centres: TEST_CENTRES })
    await handle.close()
    project.provide('dbTemplate', { kind: 'postgres', url, template: name })
    return async () => {
      const clones = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE '${name}%'`,
      )
      for (const { datname } of clones.rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
      }
      await admin.end()
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resident-test-'))
  const handle = await openPGlite()
  const empty = await handle.pglite?.dumpDataDir('none')
  await prepareDatabase(handle.db)
  await seedDemoCountry(embeddedTables(handle.db), { seed: DEMO_SEED, centres: TEST_CENTRES })
  const dump = await handle.pglite?.dumpDataDir('none')
  await handle.close()
  if (!dump || !empty) throw new Error('PGlite dump failed')
  const file = path.join(dir, 'template.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  const emptyFile = path.join(dir, 'empty.tar')
  fs.writeFileSync(emptyFile, Buffer.from(await empty.arrayBuffer()))
  project.provide('dbTemplate', { kind: 'pglite', file })
  project.provide('emptyPglite', emptyFile)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
