import type { MigrationSet } from '../../../db/migrate.ts'
import * as m0001 from './0001-masterdata.ts'
import * as m0002 from './0002-identity.ts'
import * as m0003 from './0003-id-auth.ts'
import * as m0004 from './0004-notifier.ts'
import * as m0005 from './0005-audit.ts'
import * as m0006 from './0006-otp-abuse.ts'
import * as m0007 from './0007-otp-send-log.ts'

/**
 * The embedded platform's tables (masterdata, identity, IDA, notifier, audit): created only when
 * the embedded platform is used; a deployment on MOSIP's services never has them.
 */
export const embeddedMigrations: MigrationSet = {
  owner: 'embedded-platform',
  table: 'embedded_migration',
  migrations: {
    '0001-masterdata': m0001,
    '0002-identity': m0002,
    '0003-id-auth': m0003,
    '0004-notifier': m0004,
    '0005-audit': m0005,
    '0006-otp-abuse': m0006,
    '0007-otp-send-log': m0007,
  },
  legacyNames: {
    '0001-masterdata': '0001-masterdata',
    '0002-identity': '0002-identity',
    '0003-id-auth': '0003-id-auth',
    '0004-notifier': '0004-notifier',
    '0005-audit': '0005-audit',
  },
}
