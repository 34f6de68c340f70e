import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-masterdata.ts'
import * as m0002 from './0002-identity.ts'
import * as m0003 from './0003-id-auth.ts'
import * as m0004 from './0004-notifier.ts'
import * as m0005 from './0005-audit.ts'
import * as m0006 from './0006-resident-events.ts'

/** Every migration in order; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-masterdata': m0001,
  '0002-identity': m0002,
  '0003-id-auth': m0003,
  '0004-notifier': m0004,
  '0005-audit': m0005,
  '0006-resident-events': m0006,
}
