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
