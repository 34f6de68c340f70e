import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCentres, codesWithin, locationsAtLevel } from '../../../test/support/places.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/**
 * A centre search matches the place name in every language of the deployment, whatever the
 * interface language, and answers in the interface language (README: "the names work in every
 * language"). Salé's names: Latin "Salé" (eng, fra, spa), Arabic "سلا"; no other city matches
 * "sal" or "سلا" in any language, so the answers are exactly Salé's centres.
 */
const BASE = '/resident/v1/proxy/masterdata'
const CITY = 3
let t: TestApp
let sale: { code: string; centres: Map<string, string[]> }

/** Salé's active centre ids per language, read through the port, not the search. */
async function saleCentres() {
  const md = t.ports.masterdata
  const city = (await locationsAtLevel(md, CITY, 'eng')).find((l) => l.name === 'Salé')
  if (!city) throw new Error('the demo country has no Salé')
  const within = await codesWithin(md, city.code, 'eng')
  const centres = new Map<string, string[]>()
  for (const lang of ['eng', 'ara']) {
    const all = await allCentres(md, lang)
    centres.set(
      lang,
      all
        .filter((c) => within.has(c.locationCode))
        .map((c) => c.id)
        .sort(),
    )
  }
  return { code: city.code, centres }
}

async function get(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  return res.json()
}

beforeAll(async () => {
  t = await createTestApp()
  sale = await saleCentres()
})
afterAll(() => t.close())

type Centre = { id: string; name: string; langCode: string }

describe('centre search by name in any script', () => {
  it.each([
    ['sal', 'ara', /^مركز تسجيل سلا \d+$/],
    ['SALÉ', 'ara', /^مركز تسجيل سلا \d+$/],
    ['سلا', 'eng', /^Salé Registration Centre \d+$/],
    ['سلا', 'fra', /^Centre d'enregistrement de Salé \d+$/],
  ])(
    '"%s" with the %s interface finds Salé’s centres, named in that language',
    async (text, lang, name) => {
      const body = await get(
        `${BASE}/registrationcenters/page/${lang}/${CITY}/${encodeURIComponent(text)}?pageSize=100`,
      )
      expect(body.errors).toBeNull()
      const data = body.response.data as Centre[]
      expect(data.map((c) => c.id).sort()).toEqual(sale.centres.get('eng'))
      expect(body.response.totalItems).toBe(sale.centres.get('eng')?.length)
      for (const centre of data) {
        expect(centre.langCode).toBe(lang)
        expect(centre.name).toMatch(name)
      }
    },
  )

  it('finds by the exact name in another script (the names route), in the asked language', async () => {
    const body = await get(`${BASE}/registrationcenters/ara/${CITY}/names?name=sale`)
    const centres = body.response.registrationCenters as Centre[]
    expect(centres.map((c) => c.id).sort()).toEqual(sale.centres.get('ara'))
    expect(centres.every((c) => /\p{Script=Arabic}/u.test(c.name))).toBe(true)
    const english = await get(
      `${BASE}/registrationcenters/eng/${CITY}/names?name=${encodeURIComponent('سلا')}`,
    )
    expect((english.response.registrationCenters as Centre[]).map((c) => c.id).sort()).toEqual(
      sale.centres.get('eng'),
    )
  })

  it('lists the centres in the PDF download of a search typed in another script', async () => {
    const res = await t.app.inject({
      url: `/resident/v1/download/registration-centers-list?langcode=ara&hierarchylevel=${CITY}&name=sal`,
    })
    expect(res.headers['content-type']).toBe('application/pdf')
  })

  it('still finds nothing (RES-SER-418) for a name no language has', async () => {
    const body = await get(`${BASE}/registrationcenters/page/ara/${CITY}/qzxw`)
    expect(body.response).toBeNull()
    expect(body.errors[0].errorCode).toBe('RES-SER-418')
  })

  it('keeps our nameLangCode: the name is matched in that language only', async () => {
    const inArabic = await get(
      `${BASE}/registrationcenters/page/eng/${CITY}/sal?nameLangCode=ara&pageSize=100`,
    )
    expect(inArabic.errors[0].errorCode).toBe('RES-SER-418')
    const inEnglish = await get(
      `${BASE}/registrationcenters/page/ara/${CITY}/sal?nameLangCode=eng&pageSize=100`,
    )
    expect(inEnglish.response.totalItems).toBe(sale.centres.get('eng')?.length)
  })
})
