import type { Database } from '../db/database.ts'
import type { AuditPort } from './audit.ts'
import type { IdAuthPort } from './id-auth.ts'
import type { IdentityPort } from './identity.ts'
import type { Keys } from './keys.ts'
import type { MasterdataPort } from './masterdata.ts'
import type { NotifierPort } from './notifier.ts'

/** What buildApp needs from the outside: the resident database and the ID-platform services. */
export interface Ports {
  db: Database
  keys: Keys
  masterdata: MasterdataPort
  identity: IdentityPort
  idAuth: IdAuthPort
  notifier: NotifierPort
  audit: AuditPort
}
