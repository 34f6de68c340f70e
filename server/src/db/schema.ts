import type { EmbeddedTables } from '../platform/embedded/tables.ts'
import type { ResidentTables } from '../resident/tables.ts'

/** Every table in one database, for the code that composes the owners (start-up, tests). */
export interface DB extends EmbeddedTables, ResidentTables {}
