// The individuals the OTP benchmark sends to. One individual may be sent only so many OTPs per
// window, so throughput needs many: every seeded identity an email OTP reaches, plus identities
// the benchmark adds, made like the demo's (names and addresses in seven languages, a portrait).

import type { Database } from '@resident/server'
import {
  DEMO_LANGS,
  fullName,
  genderOf,
  genderText,
  generateGeography,
  generateUin,
  type IdentityTables,
  mulberry32,
  pickPerson,
  portraitPng,
  randomAddress,
  randomDateOfBirth,
} from '@resident/server/demo'
import { type Insertable, sql } from 'kysely'

export interface OtpIndividual {
  /** The UIN the requests name. */
  individualId: string
  /** Where the OTP goes (and where the development mailbox files it). */
  email: string
}

/** Addresses of the added identities: example.org is reserved, so no mail reaches anyone. */
export const benchEmail = (n: number) => `bench.resident.${n}@example.org`

/** Distinct portraits drawn (drawing one per identity would dominate the seeding time). */
const PORTRAITS = 24
const BATCH_ROWS = 1000

/**
 * Inserts `count` activated identities with an email (`benchEmail(1…count)`) and no phone, with
 * UINs valid by MOSIP's rules and unused by the registry. Deterministic for a seed.
 */
export async function addBenchIdentities(db: Database, count: number, seed: number) {
  const rng = mulberry32(seed)
  const { cities } = generateGeography(mulberry32(seed))
  const portraits = Array.from({ length: PORTRAITS }, (_, i) =>
    portraitPng(rng, { longHair: i % 2 === 0 }),
  )
  const taken = new Set(
    (await db.selectFrom('idr_identity').select('uin').execute()).map((r) => r.uin),
  )
  const issuedAt = new Date(Date.UTC(2024, 0, 15, 10))
  const rows: Insertable<IdentityTables['idr_identity']>[] = []
  for (let n = 1; n <= count; n++) {
    let uin = generateUin(rng)
    while (taken.has(uin)) uin = generateUin(rng)
    taken.add(uin)
    const person = pickPerson(rng, new Set())
    // Two preferred languages, like the demo's generated residents: the OTP email has both.
    const first = DEMO_LANGS[n % DEMO_LANGS.length] ?? 'eng'
    rows.push({
      uin,
      status: 'ACTIVATED',
      full_name: JSON.stringify(fullName(person)),
      gender: JSON.stringify(genderText(genderOf(person))),
      date_of_birth: randomDateOfBirth(rng),
      address: JSON.stringify(randomAddress(rng, cities)),
      languages: JSON.stringify(first === 'eng' ? ['eng', 'fra'] : [first, 'eng']),
      email: benchEmail(n),
      phone: null,
      photo: portraits[n % PORTRAITS] ?? null,
      issued_at: issuedAt,
      updated_at: issuedAt,
    })
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH_ROWS) {
      await trx
        .insertInto('idr_identity')
        .values(rows.slice(i, i + BATCH_ROWS))
        .execute()
    }
  })
  await sql`ANALYZE idr_identity`.execute(db)
}

/**
 * Every identity an email OTP reaches: activated, with an email no other identity shares (the
 * benchmark finds each OTP in the mailbox by its address), email OTP not locked. UIN order.
 */
export async function otpIndividuals(db: Database): Promise<OtpIndividual[]> {
  const rows = await db
    .selectFrom('idr_identity as i')
    .select(['i.uin', 'i.email'])
    .where('i.status', '=', 'ACTIVATED')
    .where('i.email', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ida_auth_type_lock as l')
            .select('l.uin')
            .whereRef('l.uin', '=', 'i.uin')
            .where('l.auth_type', '=', 'otp-email'),
        ),
      ),
    )
    .orderBy('i.uin')
    .execute()
  const uses = new Map<string, number>()
  const key = (email: string) => email.trim().toLowerCase()
  for (const r of rows) if (r.email) uses.set(key(r.email), (uses.get(key(r.email)) ?? 0) + 1)
  return rows.flatMap((r) =>
    r.email && uses.get(key(r.email)) === 1 ? [{ individualId: r.uin, email: r.email }] : [],
  )
}
