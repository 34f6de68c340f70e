import type { Selectable } from 'kysely'
import { idTypeOf } from '../../../ids/id-rules.ts'
import type {
  ApplicationStatus,
  ContactTarget,
  Identity,
  IdentityPort,
  ResolvedIndividual,
} from '../../identity.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import type { IdentityTables } from './tables.ts'

export { VID_POLICY } from './vid-policy.ts'

export interface EmbeddedIdentityOptions {
  /** The clock VID expiry is judged by; the system clock by default. */
  now?: () => Date
}

type ApplicationRow = Selectable<IdentityTables['idr_application']>

/** Bytes as a plain Uint8Array view (pg returns Buffer, PGlite Uint8Array). */
function bytes(value: Uint8Array | null): Uint8Array | null {
  return value ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : null
}

function presentApplication(row: ApplicationRow): ApplicationStatus {
  // MOSIP reports a card ready only once the card exists; here it exists with the UIN.
  const cardMissing =
    row.stage === 'CARD_READY_TO_DOWNLOAD' && row.status === 'SUCCESS' && row.uin === null
  return {
    aid: row.aid,
    stage: row.stage,
    status: cardMissing ? 'IN-PROGRESS' : row.status,
    packetStatus: row.packet_status,
    failureReason: row.failure_reason,
    uin: row.uin,
    updatedAt: new Date(row.updated_at),
  }
}

/** MOSIP's ID Repo and reg-proc status over the embedded database (demo residents). */
export function createEmbeddedIdentity(
  db: Database,
  options: EmbeddedIdentityOptions = {},
): IdentityPort {
  const now = options.now ?? (() => new Date())

  /** The UIN behind a VID that can still authenticate: active, unexpired, budget left. */
  async function uinOfUsableVid(vid: string): Promise<string | null> {
    const row = await db
      .selectFrom('idr_vid as v')
      .innerJoin('idr_identity as i', 'i.uin', 'v.uin')
      .select('v.uin')
      .where('v.vid', '=', vid)
      .where('v.status', '=', 'ACTIVE')
      .where((eb) => eb.or([eb('v.expires_at', 'is', null), eb('v.expires_at', '>', now())]))
      .where((eb) => eb.or([eb('v.uses_left', 'is', null), eb('v.uses_left', '>', 0)]))
      .where('i.status', '=', 'ACTIVATED')
      .executeTakeFirst()
    return row?.uin ?? null
  }

  async function isActiveUin(uin: string): Promise<boolean> {
    const row = await db
      .selectFrom('idr_identity')
      .select('uin')
      .where('uin', '=', uin)
      .where('status', '=', 'ACTIVATED')
      .executeTakeFirst()
    return row !== undefined
  }

  async function latestApplicationOf(uin: string): Promise<ApplicationStatus | null> {
    const row = await db
      .selectFrom('idr_application')
      .selectAll()
      .where('uin', '=', uin)
      .orderBy('created_at', 'desc')
      .orderBy('aid', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row ? presentApplication(row) : null
  }

  return {
    async resolve(individualId: string): Promise<ResolvedIndividual | null> {
      const idType = idTypeOf(individualId)
      if (idType === 'UIN') {
        return (await isActiveUin(individualId))
          ? { individualId, idType, uin: individualId }
          : null
      }
      if (idType === 'VID') {
        const uin = await uinOfUsableVid(individualId)
        return uin ? { individualId, idType, uin } : null
      }
      if (idType === 'AID') {
        const row = await db
          .selectFrom('idr_application')
          .select('uin')
          .where('aid', '=', individualId)
          .executeTakeFirst()
        if (!row) return null
        // An AID stands for its identity: a deactivated UIN is not reachable through it either.
        if (row.uin !== null && !(await isActiveUin(row.uin))) return null
        return { individualId, idType, uin: row.uin }
      }
      return null
    },

    async identity(uin: string): Promise<Identity | null> {
      const row = await db
        .selectFrom('idr_identity')
        .selectAll()
        .where('uin', '=', uin)
        .executeTakeFirst()
      if (!row) return null
      return {
        uin: row.uin,
        status: row.status,
        fullName: row.full_name,
        gender: row.gender,
        dateOfBirth: row.date_of_birth,
        address: row.address,
        languages: row.languages,
        email: row.email,
        phone: row.phone,
        photo: bytes(row.photo),
        issuedAt: new Date(row.issued_at),
      }
    },

    async contactsOf(individualId: string): Promise<ContactTarget | null> {
      const idType = idTypeOf(individualId)
      if (!idType) return null
      const contacts = ['i.uin', 'i.email', 'i.phone', 'i.languages', 'i.full_name'] as const
      let row:
        | {
            uin: string | null
            email: string | null
            phone: string | null
            languages: string[] | null
            full_name: Record<string, string> | null
          }
        | undefined
      if (idType === 'UIN') {
        row = await db
          .selectFrom('idr_identity as i')
          .select(contacts)
          .where('i.uin', '=', individualId)
          .where('i.status', '=', 'ACTIVATED')
          .executeTakeFirst()
      } else if (idType === 'VID') {
        row = await db
          .selectFrom('idr_vid as v')
          .innerJoin('idr_identity as i', 'i.uin', 'v.uin')
          .select(contacts)
          .where('v.vid', '=', individualId)
          .where('v.status', '=', 'ACTIVE')
          .where((eb) => eb.or([eb('v.expires_at', 'is', null), eb('v.expires_at', '>', now())]))
          .where((eb) => eb.or([eb('v.uses_left', 'is', null), eb('v.uses_left', '>', 0)]))
          .where('i.status', '=', 'ACTIVATED')
          .executeTakeFirst()
      } else {
        // An AID stands for its identity: a deactivated UIN is not reachable through it either.
        const found = await db
          .selectFrom('idr_application as a')
          .leftJoin('idr_identity as i', 'i.uin', 'a.uin')
          .select([...contacts, 'a.uin as appUin', 'i.status'])
          .where('a.aid', '=', individualId)
          .executeTakeFirst()
        if (!found || (found.appUin !== null && found.status !== 'ACTIVATED')) return null
        row = found
      }
      if (!row) return null
      return {
        individualId,
        idType,
        uin: row.uin,
        email: row.email,
        phone: row.phone,
        languages: row.languages ?? [],
        fullName: row.full_name ?? {},
      }
    },

    // A deactivated UIN, its VIDs and its AIDs answer as ids never issued (as `resolve`): a
    // public status route must not tell a deactivated identity from one that never existed.
    async application(individualId: string): Promise<ApplicationStatus | null> {
      const idType = idTypeOf(individualId)
      if (idType === 'AID') {
        const row = await db
          .selectFrom('idr_application as a')
          .leftJoin('idr_identity as i', 'i.uin', 'a.uin')
          .selectAll('a')
          .select('i.status as identityStatus')
          .where('a.aid', '=', individualId)
          .executeTakeFirst()
        if (!row || (row.uin !== null && row.identityStatus !== 'ACTIVATED')) return null
        const { identityStatus: _, ...application } = row
        return presentApplication(application)
      }
      if (idType === 'UIN') {
        return (await isActiveUin(individualId)) ? latestApplicationOf(individualId) : null
      }
      if (idType === 'VID') {
        const uin = await uinOfUsableVid(individualId)
        return uin ? latestApplicationOf(uin) : null
      }
      return null
    },

    async isLapsedVid(vid: string): Promise<boolean> {
      if (idTypeOf(vid) !== 'VID') return false
      const row = await db
        .selectFrom('idr_vid')
        .select('vid')
        .where('vid', '=', vid)
        .executeTakeFirst()
      // Issued, and `resolve` finds it no more: one of its limits or its UIN ended it.
      return row !== undefined && (await uinOfUsableVid(vid)) === null
    },

    async useVid(vid: string): Promise<boolean> {
      // Only VIDs carry a budget; a UIN (or an AID) has nothing to count.
      if (idTypeOf(vid) !== 'VID') return true
      const at = now()
      // One statement, so two concurrent authentications cannot both spend the last use.
      const spent = await db
        .updateTable('idr_vid')
        .set((eb) => ({
          uses_left: eb('uses_left', '-', 1),
          status: eb
            .case()
            .when('uses_left', '<=', 1)
            .then('USED' as const)
            .else(eb.ref('status'))
            .end(),
        }))
        .where('vid', '=', vid)
        .where('status', '=', 'ACTIVE')
        .where('uses_left', '>', 0)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('idr_identity as i')
              .select('i.uin')
              .whereRef('i.uin', '=', 'idr_vid.uin')
              .where('i.status', '=', 'ACTIVATED'),
          ),
        )
        .returning('uses_left')
        .executeTakeFirst()
      if (spent) return true
      // No budget to spend: fine for an unlimited VID that is still usable, a refusal otherwise.
      const unlimited = await db
        .selectFrom('idr_vid as v')
        .innerJoin('idr_identity as i', 'i.uin', 'v.uin')
        .select('v.vid')
        .where('v.vid', '=', vid)
        .where('v.status', '=', 'ACTIVE')
        .where('v.uses_left', 'is', null)
        .where((eb) => eb.or([eb('v.expires_at', 'is', null), eb('v.expires_at', '>', at)]))
        .where('i.status', '=', 'ACTIVATED')
        .executeTakeFirst()
      return unlimited !== undefined
    },
  }
}
