import type { Migration } from 'kysely/migration'
import * as m0001 from './0001-masterdata.ts'

/** Every migration in order; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '0001-masterdata': m0001,
}
