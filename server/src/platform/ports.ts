import type { Database } from '../db/database.ts'
import type { MasterdataPort } from './masterdata.ts'

/** What buildApp needs from the outside: the resident database and the ID-platform services. */
export interface Ports {
  db: Database
  masterdata: MasterdataPort
}
