import type { Kysely } from 'kysely'
import type { JobTables } from '../jobs/tables.ts'
import type { ResidentEventTables } from './events/tables.ts'

/** Every table of the resident layer (every deployment has these, whatever its platform). */
export interface ResidentTables extends ResidentEventTables, JobTables {}

/** The resident layer's view of the database: its own tables only. */
export type ResidentDatabase = Kysely<ResidentTables>
