import Fastify from 'fastify'
import type { JSONWebKeySet } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  pdfInfo,
  rasterFirstPage,
  readQr,
  TEST_LANGUAGES,
  testIdentity,
} from '../../test/support/cards.ts'
import { generateKeys } from '../../test/support/keys.ts'
import { pdfToText, referenceGlyphs } from '../../test/support/pdf.ts'
import { CARD_KEYS_PATH, registerWellKnown } from '../features/card-keys/routes.ts'
import type { PlacedGlyphs } from '../pdf/index.ts'
import type { Keys } from '../platform/keys.ts'
import { cardLanguages, groupUin } from './card-format.ts'
import { CARD_LABELS } from './card-labels.ts'
import { cardPassword } from './password.ts'
import { verifyCardPayload } from './qr-payload.ts'
import { renderUinCard } from './uin-card-pdf.ts'

const ISSUER = 'https://resident.example.org'
const ALL_CODES = TEST_LANGUAGES.map((l) => l.code)
let keys: Keys
let jwks: JSONWebKeySet

beforeAll(async () => {
  keys = await generateKeys()
  // The verifier's view: the key set exactly as the server publishes it.
  const app = Fastify()
  registerWellKnown(app, keys)
  jwks = (await app.inject({ url: CARD_KEYS_PATH })).json() as JSONWebKeySet
  await app.close()
})

async function render(residentLanguages: string[], photo?: Uint8Array | null) {
  const identity = testIdentity(
    residentLanguages,
    photo === undefined ? {} : { photo: photo as Uint8Array | null },
  )
  const password = cardPassword(identity, 'eng')
  const placed: PlacedGlyphs[] = []
  const pdf = await renderUinCard({
    identity,
    languages: cardLanguages(identity.languages, ALL_CODES, TEST_LANGUAGES),
    keys,
    issuer: ISSUER,
    now: new Date('2026-05-04T10:12:00Z'),
    password,
    trace: (run) => placed.push(run),
  })
  return { identity, password, pdf, placed }
}

/** The glyph of a space in a font: runs carry the space after their word. */
const space = (font: string, weight: 400 | 700) => referenceGlyphs(font, weight, ' ')[0]

const CASES = [
  { first: 'eng', languages: ['eng', 'ara', 'tam'], title: 'UIN card', qrSide: 'left' },
  { first: 'ara', languages: ['ara', 'eng', 'tam'], title: 'بطاقة UIN', qrSide: 'right' },
  { first: 'tam', languages: ['tam', 'eng', 'hin'], title: 'UIN அட்டை', qrSide: 'left' },
] as const

describe('UIN card PDF', () => {
  for (const c of CASES) {
    it(`${c.first}-first: opens only with the password, shows the UIN and name, QR verifies`, async () => {
      const { identity, password, pdf } = await render([...c.languages])
      expect(password).toBe('LAKS1987')

      expect((await pdfToText(pdf)).code).not.toBe(0)
      expect((await pdfToText(pdf, ['-upw', 'LAKS1988'])).code).not.toBe(0)
      const { code, text } = await pdfToText(pdf, ['-upw', password])
      expect(code).toBe(0)
      expect(text).toContain('4829 1735 60')
      expect(text).toContain('Lakshmi Haddad')
      expect(text).toContain('1987/03/14')

      const info = await pdfInfo(pdf, password)
      expect(info.out).toMatch(/Encrypted:\s+yes .*AES-256/)
      expect(info.out).toMatch(new RegExp(`Title:\\s+${c.title}`))
      expect(info.out).toMatch(/Pages:\s+1\b/)

      // Printed and scanned: the QR code decodes and verifies against the published keys.
      const page = await rasterFirstPage(pdf, password, 150)
      const qr = readQr(page)
      expect(qr, 'QR code readable at 150 dpi').not.toBeNull()
      const data = await verifyCardPayload(jwks, qr?.data ?? '', { issuer: ISSUER })
      expect(data.uin).toBe(identity.uin)
      expect(Object.keys(data.names)).toEqual([...c.languages])
      expect(data.names[c.first]).toBe(identity.fullName[c.first])
      expect(data.dateOfBirth).toBe('1987/03/14')
      // The back is mirrored on a right-to-left card: the QR code sits on the start side.
      const centre =
        ((qr?.location.topLeftCorner.x ?? 0) + (qr?.location.topRightCorner.x ?? 0)) / 2
      expect(centre < page.width / 2 ? 'left' : 'right').toBe(c.qrSide)
    })
  }

  it('shapes each name in its own script as HarfBuzz does (Arabic joins, Tamil conjuncts)', async () => {
    for (const [languages, lang, font] of [
      [['ara', 'eng'], 'ara', 'arabic'],
      [['tam', 'eng'], 'tam', 'tamil'],
      [['hin', 'kan'], 'kan', 'kannada'],
    ] as const) {
      const { identity, placed } = await render([...languages])
      // Lines are shaped word by word (a word is the unit of line breaking).
      for (const word of (identity.fullName[lang] as string).split(' ')) {
        const runs = placed.filter((p) => p.text.trim() === word)
        expect(runs.length, word).toBeGreaterThan(0)
        for (const run of runs) {
          const weight = run.faceKey.endsWith('700') ? 700 : 400
          expect(run.faceKey.replace(/-\d+$/, '')).toBe(font)
          expect(
            run.glyphIds.filter((id) => id !== space(font, weight)),
            word,
          ).toEqual(referenceGlyphs(font, weight, word))
          expect(run.glyphIds).not.toContain(0)
        }
      }
    }
  })

  it('still makes the card when the photo is missing or unreadable', async () => {
    for (const photo of [null, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])]) {
      const { pdf, password } = await render(['eng'], photo)
      const { text } = await pdfToText(pdf, ['-upw', password])
      expect(text).toContain(CARD_LABELS.eng.noPhoto)
      expect(text).toContain('4829 1735 60')
    }
  })
})

describe('card languages', () => {
  it("keeps the resident's order, only languages the deployment offers, at most three", () => {
    const langs = cardLanguages(['tam', 'xxx', 'ara', 'eng', 'hin'], ALL_CODES, TEST_LANGUAGES)
    expect(langs.map((l) => l.code)).toEqual(['tam', 'ara', 'eng'])
    expect(langs.map((l) => l.direction)).toEqual(['ltr', 'rtl', 'ltr'])
    // Masterdata lists every language; the deployment offers fewer, its first mandatory first.
    const offered = ['spa', 'ara']
    expect(cardLanguages(['kan', 'ara'], offered, TEST_LANGUAGES).map((l) => l.code)).toEqual([
      'ara',
    ])
    expect(cardLanguages(['kan'], offered, TEST_LANGUAGES).map((l) => l.code)).toEqual(['spa'])
  })

  it('groups the UIN for reading', () => {
    expect(groupUin('4829173560')).toBe('4829 1735 60')
    expect(groupUin('12345678')).toBe('1234 5678')
  })
})
