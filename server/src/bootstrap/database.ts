import type { Database } from '../db/database.ts'
import { runMigrationSets } from '../db/migrate.ts'
import { embeddedMigrations } from '../platform/embedded/migrations/index.ts'
import { residentMigrations } from '../resident/migrations/index.ts'

/**
 * Brings the database to the latest schema: the resident layer's tables always, the embedded
 * platform's only when this deployment runs the embedded platform (each through its own history).
 */
export async function prepareDatabase(
  db: Database,
  options: { embedded: boolean } = { embedded: true },
): Promise<void> {
  await runMigrationSets(
    db,
    options.embedded ? [residentMigrations, embeddedMigrations] : [residentMigrations],
  )
}
