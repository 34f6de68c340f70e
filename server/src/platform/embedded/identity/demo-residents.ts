import type { Insertable } from 'kysely'
import { aidTimestamp, formatAid, generateUin, generateVid } from '../../../ids/id-rules.ts'
import { APPLICATION_STAGES } from '../../identity.ts'
import { generateGeography } from '../demo-country/geography.ts'
import { mulberry32, type Random } from '../demo-country/prng.ts'
import { DEMO_LANGS, type DemoLang } from '../demo-country/text.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import { FEATURED_RESIDENTS, type FeaturedResident, type FeaturedVid } from './featured.ts'
import { portraitPng } from './portrait.ts'
import {
  demoEmail,
  fullName,
  genderOf,
  genderText,
  latinName,
  type Person,
  personNamed,
  pickPerson,
  randomAddress,
  randomDateOfBirth,
  randomPhone,
} from './resident-profile.ts'
import type { IdentityStatus, IdentityTables } from './tables.ts'
import { vidLimits } from './vid-policy.ts'

/** Identities in the demo registry, featured ones included. */
export const DEMO_RESIDENT_COUNT = 50

type Rows<T extends keyof IdentityTables> = Insertable<IdentityTables[T]>[]

export interface DemoResidentRows {
  idr_identity: Rows<'idr_identity'>
  idr_vid: Rows<'idr_vid'>
  idr_application: Rows<'idr_application'>
}

export interface DemoResidentsOptions {
  seed: number
  /**
   * When the demo data is seeded. Only a Temporary VID depends on it (it lives 30 minutes from
   * its creation); every other date is fixed, so the rows are the same for a seed.
   */
  today: Date
}

const DAY = 86_400_000
const HOUR = 3_600_000

/** One random stream per resident: a featured resident's details don't shift with the others. */
function residentRng(seed: number, index: number): Random {
  return mulberry32((Math.imul(seed, 0x9e3779b1) + Math.imul(index + 1, 0x85ebca6b)) >>> 0)
}

interface Builder {
  rows: DemoResidentRows
  cities: ReturnType<typeof generateGeography>['cities']
  phones: Set<string>
}

/** The identity row for a person, with the details the seed decides. */
function identityRow(
  b: Builder,
  rng: Random,
  person: Person,
  fields: {
    uin: string
    status: IdentityStatus
    languages: DemoLang[]
    email: string | null
    phone: string | null
    issuedAt: Date
  },
): Insertable<IdentityTables['idr_identity']> {
  const gender = genderOf(person)
  const longHair = gender === 'female' ? rng.chance(0.8) : rng.chance(0.1)
  return {
    uin: fields.uin,
    status: fields.status,
    full_name: JSON.stringify(fullName(person)),
    gender: JSON.stringify(genderText(gender)),
    date_of_birth: randomDateOfBirth(rng),
    address: JSON.stringify(randomAddress(rng, b.cities)),
    languages: JSON.stringify(fields.languages),
    email: fields.email,
    phone: fields.phone,
    photo: portraitPng(rng, { longHair }),
    issued_at: fields.issuedAt,
    updated_at: fields.issuedAt,
  }
}

function vidRow(
  uin: string,
  vid: FeaturedVid,
  createdAt: Date,
): Insertable<IdentityTables['idr_vid']> {
  const limits = vidLimits(vid.type, createdAt)
  return {
    vid: vid.vid,
    uin,
    vid_type: vid.type,
    status: vid.status,
    created_at: createdAt,
    expires_at: limits.expiresAt,
    uses_left: limits.usesLeft,
  }
}

function addFeatured(b: Builder, f: FeaturedResident, rng: Random, today: Date): void {
  const created = aidTimestamp(f.application.aid)
  if (!created) throw new Error(`featured ${f.role}: AID has no valid timestamp`)
  const done = f.application.stage === 'CARD_READY_TO_DOWNLOAD'
  // Work in progress was last touched some hours per stage after the packet arrived.
  const stageHours = 6 * (APPLICATION_STAGES.indexOf(f.application.stage) + 1)
  const updated = new Date(created.getTime() + (done ? 4 * DAY : stageHours * HOUR))
  b.rows.idr_application.push({
    aid: f.application.aid,
    uin: f.uin,
    stage: f.application.stage,
    status: f.application.status,
    packet_status: f.application.packetStatus,
    failure_reason: f.application.failureReason,
    created_at: created,
    updated_at: updated,
  })
  if (!f.uin || !f.name || !f.identityStatus) return
  b.rows.idr_identity.push(
    identityRow(b, rng, personNamed(f.name.given, f.name.family), {
      uin: f.uin,
      status: f.identityStatus,
      languages: f.languages,
      email: f.email,
      phone: f.phone,
      issuedAt: updated,
    }),
  )
  if (f.phone) b.phones.add(f.phone)
  const vids = f.vid ? [f.vid, ...f.otherVids] : f.otherVids
  vids.forEach((vid, i) => {
    // A Temporary VID is created as the demo starts, so it can be tried before it expires.
    const at = vid.type === 'Temporary' ? today : new Date(updated.getTime() + i * 40 * DAY)
    b.rows.idr_vid.push(vidRow(f.uin as string, vid, at))
  })
}

function addGenerated(b: Builder, rng: Random, n: number, ids: Set<string>, names: Set<string>) {
  const person = pickPerson(rng, names)
  const first = rng.pick(DEMO_LANGS)
  const languages: DemoLang[] = [first, first === 'eng' ? rng.pick(['fra', 'ara'] as const) : 'eng']
  const unique = (make: () => string) => {
    for (;;) {
      const id = make()
      if (!ids.has(id)) {
        ids.add(id)
        return id
      }
    }
  }
  const uin = unique(() => generateUin(rng))
  // Registered on some working hour between 2019 and 2026.
  const packetAt = new Date(
    Date.UTC(2019, 0, 7) + rng.int(0, 2800) * DAY + rng.int(8 * 3600, 17 * 3600) * 1000,
  )
  const aid = (at: Date) =>
    unique(() =>
      formatAid({
        centreId: String(10001 + rng.int(0, 29)),
        machineId: String(10011 + rng.int(0, 39)),
        sequence: rng.int(1, 9000),
        at,
      }),
    )
  const issuedAt = new Date(packetAt.getTime() + rng.int(3, 20) * DAY)
  const applications = [{ aid: aid(packetAt), created: packetAt, updated: issuedAt }]
  // Some residents updated their data later: the latest application is the one reported.
  if (n % 6 === 0) {
    const updateAt = new Date(issuedAt.getTime() + rng.int(60, 400) * DAY)
    applications.push({
      aid: aid(updateAt),
      created: updateAt,
      updated: new Date(updateAt.getTime() + rng.int(2, 9) * DAY),
    })
  }
  const lastIssue = applications[applications.length - 1]?.updated ?? issuedAt
  const email = rng.chance(0.9) ? demoEmail(person, n) : null
  const phone = rng.chance(0.9) ? randomPhone(rng, b.phones) : null
  const identity = identityRow(b, rng, person, {
    uin,
    status: 'ACTIVATED',
    languages,
    email,
    phone,
    issuedAt: lastIssue,
  })
  b.rows.idr_identity.push(identity)
  for (const a of applications) {
    b.rows.idr_application.push({
      aid: a.aid,
      uin,
      stage: 'CARD_READY_TO_DOWNLOAD',
      status: 'SUCCESS',
      packet_status: 'PROCESSED',
      failure_reason: null,
      created_at: a.created,
      updated_at: a.updated,
    })
  }
  if (rng.chance(0.8)) {
    const vid = unique(() => generateVid(rng))
    b.rows.idr_vid.push(vidRow(uin, { vid, type: 'Perpetual', status: 'ACTIVE' }, issuedAt))
  }
}

/** Every row of the demo registry for a seed: the featured residents, then generated ones. */
export function generateDemoResidents(options: DemoResidentsOptions): DemoResidentRows {
  // The demo country draws its geography first from a fresh generator on the same seed, so
  // this reproduces its cities, zones and postal codes exactly.
  const { cities } = generateGeography(mulberry32(options.seed))
  const b: Builder = {
    rows: { idr_identity: [], idr_vid: [], idr_application: [] },
    cities,
    phones: new Set(),
  }
  const ids = new Set<string>()
  const names = new Set<string>()
  FEATURED_RESIDENTS.forEach((f, i) => {
    for (const id of [f.uin, f.application.aid, f.vid?.vid, ...f.otherVids.map((v) => v.vid)]) {
      if (id) ids.add(id)
    }
    if (f.name) names.add(latinName(personNamed(f.name.given, f.name.family)))
    addFeatured(b, f, residentRng(options.seed, i), options.today)
  })
  let n = FEATURED_RESIDENTS.length
  while (b.rows.idr_identity.length < DEMO_RESIDENT_COUNT) {
    n += 1
    addGenerated(b, residentRng(options.seed, n), n, ids, names)
  }
  return b.rows
}

/**
 * Inserts the demo registry. Inside a transaction (the demo-country seed's) it joins it;
 * otherwise it opens its own, so a failure leaves nothing half-written.
 */
export async function seedDemoResidents(db: Database, options: DemoResidentsOptions) {
  const rows = generateDemoResidents(options)
  const insert = async (trx: Database) => {
    await trx.insertInto('idr_identity').values(rows.idr_identity).execute()
    await trx.insertInto('idr_vid').values(rows.idr_vid).execute()
    await trx.insertInto('idr_application').values(rows.idr_application).execute()
  }
  if (db.isTransaction) await insert(db)
  else await db.transaction().execute(insert)
}
