import type { JSONColumnType } from 'kysely'
import type { ApplicationStage, ApplicationStageStatus, ByLanguage } from '../../identity.ts'

export type IdentityStatus = 'ACTIVATED' | 'DEACTIVATED' | 'BLOCKED'
export type VidType = 'Perpetual' | 'Temporary' | 'OneTimeUse'
export type VidStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED' | 'USED'

/**
 * Tables of the embedded identity registry: MOSIP's ID Repo (identities and VIDs) and the part
 * of the registration processor residents see (applications by AID).
 */
export interface IdentityTables {
  idr_identity: {
    uin: string
    status: IdentityStatus
    /** Per language code; JSON text on insert. */
    full_name: JSONColumnType<ByLanguage>
    gender: JSONColumnType<ByLanguage>
    /** `yyyy/MM/dd`, MOSIP's `resident.dateofbirth.pattern`. */
    date_of_birth: string
    address: JSONColumnType<ByLanguage>
    /** Language codes, first preferred. */
    languages: JSONColumnType<string[]>
    email: string | null
    phone: string | null
    /** PNG bytes. */
    photo: Uint8Array | null
    issued_at: Date
    updated_at: Date
  }
  idr_vid: {
    vid: string
    uin: string
    vid_type: VidType
    status: VidStatus
    created_at: Date
    /** null: never expires (Perpetual, OneTimeUse). */
    expires_at: Date | null
    /** Authentications left; null: unlimited. */
    uses_left: number | null
  }
  idr_application: {
    aid: string
    /** null until the UIN is generated (and for applications that failed before). */
    uin: string | null
    stage: ApplicationStage
    status: ApplicationStageStatus
    packet_status: string
    failure_reason: string | null
    created_at: Date
    updated_at: Date
  }
}
