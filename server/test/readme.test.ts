import { execFile } from 'node:child_process'
import fs, { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cardLanguages, cardPassword, renderUinCard } from '../src/cards/index.ts'
import { loadConfig } from '../src/config.ts'
import { LANGUAGES } from '../src/platform/embedded/demo-country/text.ts'
import { generateDemoResidents } from '../src/platform/embedded/identity/demo-residents.ts'
import {
  FEATURED_RESIDENTS,
  type FeaturedResident,
} from '../src/platform/embedded/identity/featured.ts'
import { DEMO_SEED } from '../src/platform/embedded/index.ts'
import type { Identity } from '../src/platform/identity.ts'
import type { Keys } from '../src/platform/keys.ts'
import { generateKeys } from './support/keys.ts'

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const demoSection = readme.slice(
  readme.indexOf('### Demo identities'),
  readme.indexOf('\n## ', readme.indexOf('### Demo identities')),
)

// The demo deployment's languages, as `npm start` runs it (no environment).
const config = loadConfig({})
const deploymentLanguages = [...config.languages.mandatory, ...config.languages.optional]
const nameLanguage = config.languages.mandatory[0] ?? 'eng'

const rows = generateDemoResidents({ seed: DEMO_SEED, today: new Date() })

/** The identity the demo registry holds for this UIN, as the identity port returns it. */
function demoIdentity(uin: string): Identity {
  const row = rows.idr_identity.find((r) => r.uin === uin)
  if (!row) throw new Error(`no demo identity ${uin}`)
  const json = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T
  return {
    uin: row.uin,
    status: row.status ?? 'ACTIVATED',
    fullName: json(row.full_name),
    gender: json(row.gender),
    dateOfBirth: row.date_of_birth,
    address: json(row.address),
    languages: json(row.languages),
    email: row.email ?? null,
    phone: row.phone ?? null,
    photo: row.photo ?? null,
    issuedAt: new Date(row.issued_at as string | Date),
  } as Identity
}

/** Whether the resident can download a card at all: a live UIN, a ready card, an OTP channel. */
function canDownloadCard(r: FeaturedResident): boolean {
  if (!r.uin || r.identityStatus !== 'ACTIVATED') return false
  if (r.application.stage !== 'CARD_READY_TO_DOWNLOAD') return false
  const email = r.email !== null && !r.lockedAuthTypes.includes('otp-email')
  const phone = r.phone !== null && !r.lockedAuthTypes.includes('otp-phone')
  return email || phone
}

/** `| who | UIN | VID | AID | email | phone | card password |`, — where there is none. */
function row(r: FeaturedResident) {
  const line = readme.split('\n').find((l) => l.includes(r.application.aid))
  expect(line, r.role).toBeDefined()
  const [, who, uin, vid, aid, email, phone, password] = (line ?? '')
    .split('|')
    .map((cell) => cell.trim())
  return { who, uin, vid, aid, email, phone, password: password?.replaceAll('`', '') }
}

/** Whether poppler opens the PDF with this user password. */
function opensWith(pdf: Uint8Array, password: string): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'readme-card-'))
  const file = path.join(dir, 'card.pdf')
  writeFileSync(file, pdf)
  return new Promise<boolean>((resolve) =>
    execFile('pdfinfo', ['-upw', password, file], (error) => resolve(!error)),
  ).finally(() => rmSync(dir, { recursive: true, force: true }))
}

describe('README', () => {
  it('lists every featured demo identity with the ids the demo country really has', () => {
    for (const r of FEATURED_RESIDENTS) {
      const { uin, vid, aid, email, phone } = row(r)
      expect(uin, r.role).toBe(r.uin ?? '—')
      expect(vid?.split(' ')[0], r.role).toBe(r.vid?.vid ?? '—')
      expect(aid, r.role).toBe(r.application.aid)
      expect(email, r.role).toBe(r.email ?? '—')
      expect(phone, r.role).toBe(r.phone ?? '—')
    }
  })

  it('gives the password of each card the way the server derives it, — where there is no card', () => {
    for (const r of FEATURED_RESIDENTS) {
      const expected =
        r.uin && canDownloadCard(r) ? cardPassword(demoIdentity(r.uin), nameLanguage) : '—'
      expect(row(r).password, r.role).toBe(expected)
    }
  })

  it('gives an example password that is a demo resident’s real one', () => {
    const example =
      /e\.g\. (\p{L}+) (\p{L}+), born in (\d{4}), opens \w+ card with `([^`]+)`/u.exec(
        demoSection.replace(/\s+/g, ' '),
      )
    expect(example, 'the example sentence').not.toBeNull()
    const [, given, family, year, password] = example ?? []
    const r = FEATURED_RESIDENTS.find(
      (f) => f.name?.given === given && f.name?.family === family && f.uin,
    )
    expect(r, `${given} ${family}`).toBeDefined()
    const identity = demoIdentity(r?.uin ?? '')
    expect(identity.dateOfBirth.slice(0, 4)).toBe(year)
    expect(cardPassword(identity, nameLanguage)).toBe(password)
  })

  describe('the passwords open the cards the server renders', () => {
    let keys: Keys
    beforeAll(async () => {
      keys = await generateKeys()
    })

    // Rendering every card costs seconds: the example, a right-to-left card and an accented
    // password (the other rows use the same derivation, checked above).
    const rendered = ['card-ready-eng', 'card-ready-ara', 'vid-revoked']
    for (const r of FEATURED_RESIDENTS.filter((f) => rendered.includes(f.role))) {
      it(`${r.role}: its card opens with the README's password, not with another`, async () => {
        const identity = demoIdentity(r.uin ?? '')
        const password = row(r).password ?? ''
        const pdf = await renderUinCard({
          identity,
          languages: cardLanguages(identity.languages, deploymentLanguages, LANGUAGES),
          keys,
          issuer: 'http://localhost:8080',
          now: new Date('2026-06-01T10:00:00Z'),
          // As the get-my-uin service derives it.
          password: cardPassword(identity, nameLanguage),
        })
        expect(await opensWith(pdf, password)).toBe(true)
        expect(await opensWith(pdf, `${password.slice(0, 4)}1987`)).toBe(false)
      })
    }
  })
})
