import type { Kysely } from 'kysely'
import { type Database, ownTables } from '../../db/database.ts'
import type { AuditTables } from './audit/tables.ts'
import type { IdAuthTables } from './id-auth/tables.ts'
import type { IdentityTables } from './identity/tables.ts'
import type { MasterdataTables } from './masterdata/tables.ts'
import type { NotifierTables } from './notifier/tables.ts'

/** Every table of the embedded platform; nothing outside `platform/embedded/` queries them. */
export interface EmbeddedTables
  extends MasterdataTables,
    IdentityTables,
    IdAuthTables,
    NotifierTables,
    AuditTables {}

/** The embedded platform's view of the database: its own tables only. */
export type EmbeddedDatabase = Kysely<EmbeddedTables>

/** Narrows the shared database to the embedded platform's tables. */
export const embeddedTables = (db: Database): EmbeddedDatabase => ownTables<EmbeddedTables>(db)
