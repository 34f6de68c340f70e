import type { MasterdataTables } from '../platform/embedded/masterdata/tables.ts'

/** Every table the server owns, for Kysely's typing. Each feature or adapter declares its own. */
export interface DB extends MasterdataTables {}
