import type { MigrationSet } from '../../db/migrate.ts'
import * as jobs from '../../jobs/migration.ts'
import * as m0001 from './0001-resident-events.ts'

/** The resident layer's own tables (events, jobs): every deployment has these. */
export const residentMigrations: MigrationSet = {
  owner: 'resident',
  table: 'resident_migration',
  migrations: {
    '0001-resident-events': m0001,
    '0002-jobs': jobs,
  },
  legacyNames: { '0006-resident-events': '0001-resident-events' },
}
