/**
 * The identity port: what Resident Services reads from MOSIP's ID repository and registration
 * processor. The embedded adapter keeps identities in our database (demo country); a MOSIP adapter
 * will call ID Repo and reg-proc over HTTP.
 */

export type IdType = 'UIN' | 'VID' | 'AID'

/** Identity attributes per language code, e.g. `{ eng: 'Amina Diallo', ara: 'أمينة ديالو' }`. */
export type ByLanguage = Record<string, string>

export interface Identity {
  uin: string
  status: 'ACTIVATED' | 'DEACTIVATED' | 'BLOCKED'
  fullName: ByLanguage
  gender: ByLanguage
  /** MOSIP's `resident.dateofbirth.pattern`: `yyyy/MM/dd`. */
  dateOfBirth: string
  /** One address line per language. */
  address: ByLanguage
  /** Languages the resident reads, first preferred; notifications go out in these. */
  languages: string[]
  email: string | null
  phone: string | null
  /** Face photo as PNG bytes (generated at seed time in the demo country). */
  photo: Uint8Array | null
  /** When the identity (and so the card) was last issued. */
  issuedAt: Date
}

/** An individual id resolved to the identity behind it. */
export interface ResolvedIndividual {
  individualId: string
  idType: IdType
  /** null for an AID whose UIN is not generated yet. */
  uin: string | null
}

/**
 * What reaching a person needs (sending an OTP, a notification): resolved in one lookup and
 * without the photo. `uin` and the rest are null for an AID whose UIN is not generated yet.
 */
export interface ContactTarget extends ResolvedIndividual {
  email: string | null
  phone: string | null
  languages: string[]
  fullName: ByLanguage
}

/** Reg-proc stages in the order the portal shows them (MOSIP `sequence-order`). */
export const APPLICATION_STAGES = [
  'REQUEST_RECEIVED',
  'VALIDATION_STAGE',
  'VERIFICATION_STAGE',
  'UIN_GENERATION_STAGE',
  'CARD_READY_TO_DOWNLOAD',
] as const
export type ApplicationStage = (typeof APPLICATION_STAGES)[number]

/** MOSIP's `/aid-stage` status: where the application is and whether it failed there. */
export type ApplicationStageStatus = 'SUCCESS' | 'IN-PROGRESS' | 'FAILURE'

export interface ApplicationStatus {
  aid: string
  stage: ApplicationStage
  status: ApplicationStageStatus
  /** Reg-proc packet status: PROCESSED, PROCESSING, REJECTED, FAILED, REREGISTER, … */
  packetStatus: string
  /** Why it failed, as a stable code the portal translates (e.g. `DUPLICATE`, `DOCUMENT_REJECTED`). */
  failureReason: string | null
  uin: string | null
  updatedAt: Date
}

export interface IdentityPort {
  /** UIN, active VID or AID → the identity behind it; null when unknown, revoked, expired or deactivated. */
  resolve(individualId: string): Promise<ResolvedIndividual | null>
  identity(uin: string): Promise<Identity | null>
  /** UIN, active VID or AID → who it reaches (one lookup, no photo); null like `resolve`. */
  contactsOf(individualId: string): Promise<ContactTarget | null>
  /**
   * The application (AID) itself, or the latest one behind a UIN/VID; null when unknown, and
   * (as `resolve`) when its identity is deactivated or the VID can no longer be used.
   */
  application(individualId: string): Promise<ApplicationStatus | null>
  /**
   * Counts one use of a VID in an authentication (Temporary and OneTimeUse VIDs have a budget);
   * a UIN or an unlimited VID is a no-op. Returns false when the VID has no use left.
   */
  useVid(vid: string): Promise<boolean>
  /**
   * Whether a VID that `resolve` does not find was issued once and can no longer be used:
   * revoked, expired, used up, or its UIN deactivated (ID Repo deactivates the VIDs with it).
   * ID authentication tells that apart from an id never issued (IDA-MLC-023 / IDA-MLC-018),
   * so a resident learns their VID ran out. Optional: an adapter that cannot tell answers
   * false, and the VID reads as never issued. Says nothing about a UIN.
   */
  isLapsedVid?(vid: string): Promise<boolean>
}
