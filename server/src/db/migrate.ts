import { type Kysely, sql } from 'kysely'
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration'

/** The migrations of one owner of tables (the embedded platform, the resident layer). */
export interface MigrationSet {
  /** Who owns these tables; named in errors. */
  owner: string
  /** Its own history table (and `<table>_lock`), so each owner migrates on its own. */
  table: string
  /** In order; names sort in the order they run. */
  migrations: Record<string, Migration>
  /** Names this owner's migrations had in the single history table used before the split. */
  legacyNames?: Record<string, string>
}

/** Brings one owner's tables to the latest version; throws with the failing migration's name. */
export async function runMigrations<T>(database: Kysely<T>, set: MigrationSet): Promise<void> {
  // Migrations speak only SQL of their own: the table map does not matter here.
  const db = database as unknown as Kysely<unknown>
  await adoptLegacyHistory(db, set)
  const provider: MigrationProvider = { getMigrations: async () => set.migrations }
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: set.table,
    migrationLockTableName: `${set.table}_lock`,
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`Database migration ${set.owner}/${failed} failed: ${(error as Error).message}`)
  }
}

/**
 * Data folders made before each owner had its own history kept one `kysely_migration` table.
 * Its rows for this owner are copied into the owner's table once, so nothing runs twice.
 */
async function adoptLegacyHistory(db: Kysely<unknown>, set: MigrationSet): Promise<void> {
  const legacy = set.legacyNames
  if (!legacy) return
  const found = await sql<{ legacy: string | null; own: string | null }>`
    SELECT to_regclass('kysely_migration')::text AS legacy, to_regclass(${set.table})::text AS own`.execute(
    db,
  )
  const row = found.rows[0]
  if (!row?.legacy || row.own) return
  await db.transaction().execute(async (trx) => {
    await sql`CREATE TABLE ${sql.table(set.table)} (
      name varchar(255) NOT NULL PRIMARY KEY, timestamp varchar(255) NOT NULL)`.execute(trx)
    for (const [old, name] of Object.entries(legacy)) {
      await sql`INSERT INTO ${sql.table(set.table)} (name, timestamp)
        SELECT ${name}, timestamp FROM kysely_migration WHERE name = ${old}`.execute(trx)
    }
  })
}

/**
 * Runs each set in order, but first asks in two small queries whether they are all up to date
 * already: a warm start then skips the migrators (each takes its lock, creates its tables if
 * missing and reads its history: dozens of statements, noticeable on embedded PGlite). A set is
 * skipped only when its history holds exactly its migrations; anything else (a new migration, a
 * database newer than this code) goes through the migrator as before.
 */
export async function runMigrationSets<T>(
  database: Kysely<T>,
  sets: readonly MigrationSet[],
): Promise<void> {
  const db = database as unknown as Kysely<unknown>
  const done = await appliedNames(db, sets)
  for (const set of sets) {
    const applied = done.get(set.table)
    const known = Object.keys(set.migrations)
    const upToDate =
      applied !== undefined &&
      applied.size === known.length &&
      known.every((name) => applied.has(name))
    if (!upToDate) await runMigrations(database, set)
  }
}

/** Each existing history table's migration names; a set without its table is absent. */
async function appliedNames(
  db: Kysely<unknown>,
  sets: readonly MigrationSet[],
): Promise<Map<string, Set<string>>> {
  const names = new Map<string, Set<string>>()
  if (sets.length === 0) return names
  const found = await sql<{ table: string }>`
    SELECT t AS table FROM unnest(${sets.map((s) => s.table)}::text[]) AS t
    WHERE to_regclass(t) IS NOT NULL`.execute(db)
  const tables = found.rows.map((r) => r.table)
  if (tables.length === 0) return names
  const parts = tables.map(
    (table) => sql`SELECT ${table}::text AS table, name FROM ${sql.table(table)}`,
  )
  const rows = await sql<{
    table: string
    name: string
  }>`${sql.join(parts, sql` UNION ALL `)}`.execute(db)
  for (const table of tables) names.set(table, new Set())
  for (const { table, name } of rows.rows) names.get(table)?.add(name)
  return names
}
