import crypto from 'node:crypto'
import type { Kysely, Selectable } from 'kysely'
import type { Keys } from '../../platform/keys.ts'
import type { TableRow } from '../../platform/outbox.ts'
import type { ResidentTables } from '../tables.ts'
import { newEventId } from './event-id.ts'
import type { RequestType, ResidentEventTables } from './tables.ts'

export interface OtpRequestedEvent {
  transactionId: string
  channels: string[]
  idType: 'UIN' | 'VID' | 'AID'
  /** Set when one channel was asked: the contact's keyed hash (see contactRef). */
  refId: string | null
}

/** A stored event as the store returns it. */
export type StoredEvent = Selectable<ResidentEventTables['resident_transaction']>

/**
 * The resident event store. Every function takes the resident's token (salted hash of the UIN)
 * first and filters by it, so no query can reach another resident's events.
 */
export interface EventStore {
  /** A SEND_OTP row (status OTP_REQUESTED), later re-typed by the step that uses the OTP. */
  otpRequested(tokenId: string, event: OtpRequestedEvent): Promise<string>
  /**
   * The row `otpRequested` writes, with a fresh event id, for a caller inserting it with its
   * other writes in one statement (an id collision fails that statement: build a new row, retry).
   */
  otpRequestedRow(tokenId: string, event: OtpRequestedEvent): { eventId: string; row: TableRow }
  /**
   * MOSIP converts the latest SEND_OTP row of the transaction into the event the OTP served
   * (GET_MY_ID, VALIDATE_OTP); without one (OTP sent by another client) a new row is written.
   */
  otpUsed(
    tokenId: string,
    transactionId: string,
    outcome: {
      type: RequestType
      status: string
      refId?: string | null
      idType: 'UIN' | 'VID' | 'AID'
    },
  ): Promise<string>
  /** Has this contact (by its keyed hash) been verified by this resident? */
  isVerified(tokenId: string, refId: string): Promise<boolean>
  /** A resident's events, newest first (for tests now, history later). */
  list(tokenId: string, limit: number): Promise<StoredEvent[]>
}

type NewEvent = {
  type: RequestType
  status: string
  transactionId: string | null
  refId: string | null
  attributes: string | null
  idType: 'UIN' | 'VID' | 'AID' | null
  authType: string | null
}

/** The row of a new event. */
function eventRow(eventId: string, tokenId: string, row: NewEvent) {
  return {
    event_id: eventId,
    token_id: tokenId,
    request_type_code: row.type,
    status_code: row.status,
    request_trn_id: row.transactionId,
    ref_id: row.refId,
    attribute_list: row.attributes,
    individual_id_type: row.idType,
    auth_type_code: row.authType,
    read_status: true,
    pinned_status: false,
  }
}

/** What an OTP request's event says. */
const otpRequestedEvent = (event: OtpRequestedEvent): NewEvent => ({
  type: 'SEND_OTP',
  status: 'OTP_REQUESTED',
  transactionId: event.transactionId,
  refId: event.refId,
  attributes: event.channels.join(';'),
  idType: event.idType,
  authType: 'OTP',
})

/** The store over the database or over one transaction (`Transaction` is a `Kysely`). */
export function createEventStore(db: Kysely<ResidentTables>): EventStore {
  async function insert(tokenId: string, row: NewEvent): Promise<string> {
    // A 16-digit random id collides about once in 10^15 inserts; retry instead of failing.
    for (let attempt = 0; ; attempt++) {
      const inserted = await db
        .insertInto('resident_transaction')
        .values(eventRow(newEventId(), tokenId, row))
        .onConflict((c) => c.column('event_id').doNothing())
        .returning('event_id')
        .executeTakeFirst()
      if (inserted) return inserted.event_id
      if (attempt >= 3) throw new Error('could not allocate an event id')
    }
  }

  return {
    otpRequested(tokenId, event) {
      return insert(tokenId, otpRequestedEvent(event))
    },

    otpRequestedRow(tokenId, event) {
      const eventId = newEventId()
      const values = eventRow(eventId, tokenId, otpRequestedEvent(event))
      return { eventId, row: { table: 'resident_transaction', values } }
    },

    async otpUsed(tokenId, transactionId, outcome) {
      const latest = await db
        .selectFrom('resident_transaction')
        .select('event_id')
        .where('token_id', '=', tokenId)
        .where('request_trn_id', '=', transactionId)
        .where('request_type_code', '=', 'SEND_OTP')
        .orderBy('created_at', 'desc')
        .limit(1)
        .executeTakeFirst()
      if (latest) {
        const updated = await db
          .updateTable('resident_transaction')
          .set({
            request_type_code: outcome.type,
            status_code: outcome.status,
            ...(outcome.refId !== undefined ? { ref_id: outcome.refId } : {}),
            updated_at: new Date(),
          })
          .where('token_id', '=', tokenId)
          .where('event_id', '=', latest.event_id)
          .where('request_type_code', '=', 'SEND_OTP')
          .returning('event_id')
          .executeTakeFirst()
        if (updated) return updated.event_id
      }
      return insert(tokenId, {
        type: outcome.type,
        status: outcome.status,
        transactionId,
        refId: outcome.refId ?? null,
        attributes: null,
        idType: outcome.idType,
        authType: 'OTP',
      })
    },

    async isVerified(tokenId, refId) {
      const row = await db
        .selectFrom('resident_transaction')
        .select('event_id')
        .where('token_id', '=', tokenId)
        .where('ref_id', '=', refId)
        .where('status_code', '=', 'OTP_VERIFIED')
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },

    list(tokenId, limit) {
      return db
        .selectFrom('resident_transaction')
        .selectAll()
        .where('token_id', '=', tokenId)
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute()
    },
  }
}

/**
 * Keyed hash of one contact of one resident: a verification stays tied to the address or number
 * it proved, so changing the email makes it unverified again, and the table holds no contact.
 */
export function contactRef(
  keys: Keys,
  tokenId: string,
  channel: 'PHONE' | 'EMAIL',
  contact: string,
) {
  return crypto
    .createHmac('sha256', keys.idHashSalt)
    .update(`contact\u0000${channel}\u0000${contact.trim().toLowerCase()}\u0000${tokenId}`)
    .digest('hex')
}
