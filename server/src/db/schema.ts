import type { ResidentEventTables } from '../events/tables.ts'
import type { AuditTables } from '../platform/embedded/audit/tables.ts'
import type { IdAuthTables } from '../platform/embedded/id-auth/tables.ts'
import type { IdentityTables } from '../platform/embedded/identity/tables.ts'
import type { MasterdataTables } from '../platform/embedded/masterdata/tables.ts'
import type { NotifierTables } from '../platform/embedded/notifier/tables.ts'

/** Every table the server owns, for Kysely's typing. Each feature or adapter declares its own. */
export interface DB
  extends MasterdataTables,
    IdentityTables,
    IdAuthTables,
    NotifierTables,
    AuditTables,
    ResidentEventTables {}
