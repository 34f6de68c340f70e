import { type Kysely, type KyselyPlugin, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type JobTestDatabase, openJobTestDatabase } from '../../test/jobs/database.ts'
import { type MigrationSet, runMigrationSets } from './migrate.ts'

let database: JobTestDatabase
beforeAll(async () => {
  database = await openJobTestDatabase()
})
afterAll(() => database?.close())

/** Counts the statements sent through the handle it is added to. */
function counter(): KyselyPlugin & { statements: number } {
  const plugin = {
    statements: 0,
    transformQuery: ({ node }: Parameters<KyselyPlugin['transformQuery']>[0]) => {
      plugin.statements++
      return node
    },
    transformResult: async ({ result }: Parameters<KyselyPlugin['transformResult']>[0]) => result,
  }
  return plugin
}

const createTable = (name: string) => ({
  up: async (db: Kysely<unknown>) => {
    await sql`CREATE TABLE ${sql.table(name)} (id int)`.execute(db)
  },
})

const setOf = (table: string, names: string[]): MigrationSet => ({
  owner: table,
  table: `${table}_migration`,
  migrations: Object.fromEntries(names.map((n) => [n, createTable(`${table}_${n}`)])),
})

const tableExists = async (name: string) =>
  (await sql<{ t: string | null }>`SELECT to_regclass(${name})::text AS t`.execute(database.db))
    .rows[0]?.t === name

describe('migrating at start-up', () => {
  it('migrates new sets, skips up-to-date ones in two queries, runs a newly added migration', async () => {
    const db = database.db as unknown as Kysely<unknown>
    const a = setOf('mig_a', ['one', 'two'])
    const b = setOf('mig_b', ['one'])
    await runMigrationSets(db, [a, b])
    for (const t of ['mig_a_one', 'mig_a_two', 'mig_b_one']) expect(await tableExists(t)).toBe(true)

    // A warm start: everything is there already.
    const warm = counter()
    await runMigrationSets(db.withPlugin(warm), [a, b])
    expect(warm.statements).toBe(2)

    // A new release adds a migration to one set: it runs, the other set is still skipped.
    const newer = setOf('mig_b', ['one', 'two'])
    await runMigrationSets(db, [a, newer])
    expect(await tableExists('mig_b_two')).toBe(true)
  })

  it('leaves a database newer than the code to the migrator, which refuses it', async () => {
    const db = database.db as unknown as Kysely<unknown>
    await runMigrationSets(db, [setOf('mig_c', ['one', 'two'])])
    await expect(runMigrationSets(db, [setOf('mig_c', ['one'])])).rejects.toThrow(
      /mig_c\/.*failed|corrupted/i,
    )
  })
})
