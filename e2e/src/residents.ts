import {
  DEMO_SEED,
  type FeaturedResident,
  type FeaturedRole,
  featured,
  generateDemoResidents,
} from '@resident/server/demo'
import type { BrowserName } from './browsers.ts'

/**
 * The demo residents the service tests use, by literal role (`featured.ts`). A test that changes
 * a resident (verifying an email) takes one of its own per browser and language, because one
 * server serves every test of a run.
 */

export function resident(role: FeaturedRole): FeaturedResident & { uin: string } {
  const r = featured(role)
  if (!r.uin) throw new Error(`featured ${role} has no UIN`)
  return { ...r, uin: r.uin }
}

/** Whose email each browser verifies in each language: nobody else touches these. */
const VERIFY_EMAIL: Record<BrowserName, Record<'eng' | 'ara', FeaturedRole>> = {
  chromium: { eng: 'card-ready-hin', ara: 'card-ready-spa' },
  firefox: { eng: 'card-ready-kan', ara: 'card-ready-tam' },
}

export function verifyEmailResident(browser: BrowserName, lang: 'eng' | 'ara') {
  return resident(VERIFY_EMAIL[browser][lang])
}

let rows: ReturnType<typeof generateDemoResidents> | undefined

/**
 * The card's password by the published rule (first four letters of the English first name in
 * capitals, repeated when shorter, then the year of birth), from the demo registry's own rows:
 * the birth date is only in the seed, which is fixed.
 */
export function cardPassword(uin: string): string {
  rows ??= generateDemoResidents({ seed: DEMO_SEED, today: new Date() })
  const row = rows.idr_identity.find((r) => r.uin === uin)
  if (!row) throw new Error('no demo identity with this UIN')
  const names = JSON.parse(row.full_name as string) as Record<string, string>
  const letters = Array.from((names.eng ?? '').trim().split(/\s+/)[0] ?? '')
  if (letters.length === 0) throw new Error('the demo identity has no English name')
  const prefix = Array.from({ length: 4 }, (_, i) => letters[i % letters.length]).join('')
  return `${prefix.toUpperCase()}${String(row.date_of_birth).slice(0, 4)}`
}

/** The application id (AID) of a featured resident, e.g. one still in progress. */
export function applicationId(role: FeaturedRole): string {
  return featured(role).application.aid
}
