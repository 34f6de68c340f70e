import type { Generated } from 'kysely'

/**
 * Resident-side event store, MOSIP's `resident_transaction`: one row per resident event, keyed by a
 * salted hash of the UIN (`token_id`), never the raw UIN.
 */
export interface ResidentEventTables {
  resident_transaction: {
    event_id: string
    token_id: string
    request_type_code: RequestType
    status_code: string
    /** The client's 10-digit transaction id (OTP flows). */
    request_trn_id: string | null
    /** Keyed hash of a contact + token: proves a channel was verified without storing it. */
    ref_id: string | null
    /** Channels or attributes, `;`-separated (MOSIP `attribute_list`). */
    attribute_list: string | null
    individual_id_type: 'UIN' | 'VID' | 'AID' | null
    auth_type_code: string | null
    read_status: Generated<boolean>
    pinned_status: Generated<boolean>
    created_at: Generated<Date>
    updated_at: Date | null
  }
}

/** MOSIP request types used so far (service notes §4.1). */
export type RequestType = 'SEND_OTP' | 'GET_MY_ID' | 'VALIDATE_OTP'
