import type { AuditPort } from './audit.ts'
import type { IdAuthPort } from './id-auth.ts'
import type { IdentityPort } from './identity.ts'
import type { Keys } from './keys.ts'
import type { MasterdataPort } from './masterdata.ts'
import type { NotifierPort } from './notifier.ts'

/**
 * The other ID-platform services, as Resident Services sees them: ports only, never their
 * database. The embedded adapters serve them in-process; MOSIP adapters will call MOSIP.
 */
export interface Ports {
  keys: Keys
  masterdata: MasterdataPort
  identity: IdentityPort
  idAuth: IdAuthPort
  notifier: NotifierPort
  audit: AuditPort
}
