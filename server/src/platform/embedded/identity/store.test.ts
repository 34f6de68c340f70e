import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cloneTemplate } from '../../../../test/database-template.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import { APPLICATION_STAGES, type IdentityPort } from '../../identity.ts'
import { embeddedTables } from '../tables.ts'
import { FEATURED_RESIDENTS, featured } from './featured.ts'
import { PNG_SIGNATURE } from './png.ts'
import { createEmbeddedIdentity, VID_POLICY } from './store.ts'

let handle: DatabaseHandle
let identity: IdentityPort

beforeAll(async () => {
  handle = await cloneTemplate(inject('dbTemplate'))
  identity = createEmbeddedIdentity(embeddedTables(handle.db))
})

afterAll(async () => {
  await handle?.close()
})

const cardReady = featured('card-ready-eng')
const uinOf = (role: Parameters<typeof featured>[0]) => featured(role).uin as string
const vidOf = (role: Parameters<typeof featured>[0]) => featured(role).vid?.vid as string

/** A store whose clock reads `minutes` after the featured Temporary VID was created. */
async function atTemporaryVidAge(minutes: number): Promise<IdentityPort> {
  const row = await handle.db
    .selectFrom('idr_vid')
    .select('created_at')
    .where('vid', '=', vidOf('vid-temporary'))
    .executeTakeFirstOrThrow()
  const created = new Date(row.created_at).getTime()
  return createEmbeddedIdentity(embeddedTables(handle.db), {
    now: () => new Date(created + minutes * 60_000),
  })
}

// First, before the tests below spend VIDs and add rows.
describe('the seeded registry', () => {
  it('holds every featured resident in its declared state', async () => {
    for (const r of FEATURED_RESIDENTS) {
      const app = await handle.db
        .selectFrom('idr_application')
        .selectAll()
        .where('aid', '=', r.application.aid)
        .executeTakeFirst()
      expect(app, r.role).toMatchObject({
        uin: r.uin,
        stage: r.application.stage,
        status: r.application.status,
        packet_status: r.application.packetStatus,
        failure_reason: r.application.failureReason,
      })
      expect(APPLICATION_STAGES).toContain(app?.stage)
      if (!r.uin) continue
      const record = await identity.identity(r.uin)
      expect(record, r.role).toMatchObject({
        status: r.identityStatus,
        languages: r.languages,
        email: r.email,
        phone: r.phone,
      })
      expect(record?.fullName.eng).toBe(`${r.name?.given} ${r.name?.family}`)
      expect(record?.photo?.length, r.role).toBeGreaterThan(500)
      const vids = await handle.db
        .selectFrom('idr_vid')
        .select(['vid', 'vid_type as type', 'status'])
        .where('uin', '=', r.uin)
        .orderBy('vid')
        .execute()
      const declared = [...(r.vid ? [r.vid] : []), ...r.otherVids]
      expect(vids).toEqual(
        expect.arrayContaining(
          declared.map((v) => ({ vid: v.vid, type: v.type, status: v.status })),
        ),
      )
    }
  })

  it('holds about fifty identities, each with a photo', async () => {
    const counts = await sql<{ n: number; photos: number }>`
      SELECT count(*)::int AS n, count(photo)::int AS photos FROM idr_identity`.execute(handle.db)
    expect(counts.rows[0]).toEqual({ n: 50, photos: 50 })
  })
})

describe('resolve', () => {
  it('finds the identity behind a UIN, a VID and an AID', async () => {
    const uin = cardReady.uin as string
    expect(await identity.resolve(uin)).toEqual({ individualId: uin, idType: 'UIN', uin })
    const vid = cardReady.vid?.vid as string
    expect(await identity.resolve(vid)).toEqual({ individualId: vid, idType: 'VID', uin })
    const aid = cardReady.application.aid
    expect(await identity.resolve(aid)).toEqual({ individualId: aid, idType: 'AID', uin })
  })

  it('resolves an AID whose UIN is not generated yet to no UIN', async () => {
    const aid = featured('in-progress-verification').application.aid
    expect(await identity.resolve(aid)).toEqual({ individualId: aid, idType: 'AID', uin: null })
  })

  it('refuses unknown ids and what is not an id', async () => {
    expect(await identity.resolve('2761258343')).toBeNull() // bad check digit
    expect(await identity.resolve('6150738249')).toBeNull() // valid, never issued
    expect(await identity.resolve('10001100110000120260101000000')).toBeNull()
    expect(await identity.resolve("8743179037' OR '1'='1")).toBeNull()
  })

  it('refuses a revoked VID but still resolves its replacement and the UIN', async () => {
    const r = featured('vid-revoked')
    expect(await identity.resolve(r.vid?.vid as string)).toBeNull()
    expect((await identity.resolve(r.otherVids[0]?.vid as string))?.uin).toBe(r.uin)
    expect((await identity.resolve(r.uin as string))?.uin).toBe(r.uin)
  })

  it('accepts a Temporary VID for 30 minutes only', async () => {
    expect(VID_POLICY.Temporary.validForMinutes).toBe(30)
    const uin = uinOf('vid-temporary')
    expect((await (await atTemporaryVidAge(29)).resolve(vidOf('vid-temporary')))?.uin).toBe(uin)
    expect(await (await atTemporaryVidAge(31)).resolve(vidOf('vid-temporary'))).toBeNull()
  })

  it('refuses a deactivated UIN, its VID and its AID, but keeps the record', async () => {
    const r = featured('uin-deactivated')
    expect(await identity.resolve(r.uin as string)).toBeNull()
    expect(await identity.resolve(r.vid?.vid as string)).toBeNull()
    expect(await identity.resolve(r.application.aid)).toBeNull()
    // Its applications too: the card-ready one must not answer a stage (/aid-stage).
    for (const id of [r.uin as string, r.vid?.vid as string, r.application.aid]) {
      expect(await identity.application(id), id).toBeNull()
    }
    expect((await identity.identity(r.uin as string))?.status).toBe('DEACTIVATED')
  })
})

describe('identity', () => {
  it('returns the record with names in every language and a PNG photo', async () => {
    const record = await identity.identity(uinOf('card-ready-ara'))
    expect(record).toMatchObject({
      status: 'ACTIVATED',
      languages: ['ara', 'eng'],
      email: 'karim.haddad.3@example.org',
      phone: '8085711851',
    })
    expect(record?.fullName).toMatchObject({ eng: 'Karim Haddad', ara: 'كريم حداد' })
    expect(Object.keys(record?.fullName ?? {}).sort()).toEqual([
      'ara',
      'eng',
      'fra',
      'hin',
      'kan',
      'spa',
      'tam',
    ])
    expect(record?.dateOfBirth).toMatch(/^\d{4}\/\d{2}\/\d{2}$/)
    expect(record?.issuedAt).toBeInstanceOf(Date)
    expect(record?.photo).toBeInstanceOf(Uint8Array)
    expect(Array.from(record?.photo?.subarray(0, 8) ?? [])).toEqual(Array.from(PNG_SIGNATURE))
  })

  it('is null for a UIN not in the registry', async () => {
    expect(await identity.identity('6150738249')).toBeNull()
  })
})

describe('application', () => {
  it('reports an AID, and the application behind a UIN or VID', async () => {
    const expected = {
      aid: cardReady.application.aid,
      stage: 'CARD_READY_TO_DOWNLOAD',
      status: 'SUCCESS',
      packetStatus: 'PROCESSED',
      failureReason: null,
      uin: cardReady.uin,
    }
    expect(await identity.application(cardReady.application.aid)).toMatchObject(expected)
    expect(await identity.application(cardReady.uin as string)).toMatchObject(expected)
    expect(await identity.application(cardReady.vid?.vid as string)).toMatchObject(expected)
  })

  it('reports the latest application of a UIN that applied twice', async () => {
    const twice = await sql<{ uin: string; aid: string }>`
      SELECT DISTINCT ON (uin) uin, aid FROM idr_application
      WHERE uin IN (SELECT uin FROM idr_application GROUP BY uin HAVING count(*) > 1)
      ORDER BY uin, created_at DESC`.execute(handle.db)
    const latest = twice.rows[0]
    if (!latest) throw new Error('the demo registry has nobody who applied twice')
    expect((await identity.application(latest.uin))?.aid).toBe(latest.aid)
  })

  it('reports work in progress and failures as seeded', async () => {
    for (const r of FEATURED_RESIDENTS.filter((f) => f.uin === null)) {
      expect(await identity.application(r.application.aid), r.role).toMatchObject({
        stage: r.application.stage,
        status: r.application.status,
        packetStatus: r.application.packetStatus,
        failureReason: r.application.failureReason,
        uin: null,
      })
    }
  })

  it('does not call a card ready while it has no UIN', async () => {
    const aid = '10009100110000120260101090000'
    await handle.db
      .insertInto('idr_application')
      .values({
        aid,
        uin: null,
        stage: 'CARD_READY_TO_DOWNLOAD',
        status: 'SUCCESS',
        packet_status: 'PROCESSED',
        failure_reason: null,
        created_at: new Date('2026-01-01T09:00:00Z'),
        updated_at: new Date('2026-01-02T09:00:00Z'),
      })
      .execute()
    expect(await identity.application(aid)).toMatchObject({ status: 'IN-PROGRESS' })
  })

  it('is null for an unknown id, and for a revoked VID', async () => {
    expect(await identity.application('10001100110000120260101000000')).toBeNull()
    expect(await identity.application(vidOf('vid-revoked'))).toBeNull()
    expect(await identity.application('not-an-id')).toBeNull()
  })
})

describe('useVid', () => {
  it('spends a one-time-use VID’s budget, then refuses it everywhere', async () => {
    const vid = vidOf('vid-one-time')
    expect(VID_POLICY.OneTimeUse.transactionsAllowed).toBe(2)
    expect(await identity.useVid(vid)).toBe(true)
    expect(await identity.useVid(vid)).toBe(true)
    expect(await identity.useVid(vid)).toBe(false)
    expect(await identity.resolve(vid)).toBeNull()
    const row = await handle.db
      .selectFrom('idr_vid')
      .select(['status', 'uses_left'])
      .where('vid', '=', vid)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ status: 'USED', uses_left: 0 })
  })

  it('never spends more than the budget, even all at once', async () => {
    const store = await atTemporaryVidAge(1)
    const results = await Promise.all(
      Array.from({ length: 6 }, () => store.useVid(vidOf('vid-temporary'))),
    )
    expect(results.filter(Boolean)).toHaveLength(VID_POLICY.Temporary.transactionsAllowed ?? -1)
  })

  it('refuses an expired Temporary VID even with uses left', async () => {
    await handle.db
      .updateTable('idr_vid')
      .set({ uses_left: 2, status: 'ACTIVE' })
      .where('vid', '=', vidOf('vid-temporary'))
      .execute()
    expect(await (await atTemporaryVidAge(31)).useVid(vidOf('vid-temporary'))).toBe(false)
  })

  it('counts nothing for a UIN or a Perpetual VID', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await identity.useVid(cardReady.uin as string)).toBe(true)
      expect(await identity.useVid(cardReady.vid?.vid as string)).toBe(true)
    }
    expect(await identity.resolve(cardReady.vid?.vid as string)).not.toBeNull()
  })

  it('refuses a revoked, unknown or deactivated-UIN VID', async () => {
    expect(await identity.useVid(vidOf('vid-revoked'))).toBe(false)
    expect(await identity.useVid('4359015634823610')).toBe(false)
    expect(await identity.useVid(vidOf('uin-deactivated'))).toBe(false)
  })
})
