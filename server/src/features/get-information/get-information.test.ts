import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCentres, codesWithin, locationsAtLevel } from '../../../test/support/places.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { foldForSearch } from '../../text/fold.ts'

const BASE = '/resident/v1/proxy/masterdata'
let t: TestApp

async function get(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  return res.json()
}

async function errorCode(url: string) {
  const body = await get(url)
  expect(body.response, url).toBeNull()
  return body.errors[0].errorCode as string
}

/** A city of the seeded country with its name in two languages, read through the port. */
async function someCity(offset = 0) {
  const md = t.ports.masterdata
  const city = (await locationsAtLevel(md, 3, 'eng'))[offset]
  if (!city) throw new Error(`the demo country has no city number ${offset}`)
  const ara = await md.locationInfo(city.code, 'ara')
  if (!ara) throw new Error(`city ${city.code} has no Arabic name`)
  return { code: city.code, eng: city.name, ara: ara.name }
}

async function allPages(lang: string, level: number, text: string, pageSize: number) {
  const ids: string[] = []
  const first = await get(
    `${BASE}/registrationcenters/page/${lang}/${level}/${encodeURIComponent(text)}?pageSize=${pageSize}&sortBy=name&orderBy=asc`,
  )
  for (let page = 0; page < first.response.totalPages; page++) {
    const body = await get(
      `${BASE}/registrationcenters/page/${lang}/${level}/${encodeURIComponent(text)}?pageSize=${pageSize}&pageNumber=${page}&sortBy=name&orderBy=asc`,
    )
    ids.push(...body.response.data.map((c: { id: string }) => c.id))
  }
  return { total: first.response.totalItems as number, ids }
}

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('location hierarchy', () => {
  it('lists the levels in the asked language', async () => {
    const eng = await get(`${BASE}/locationHierarchyLevels/eng`)
    const names = eng.response.locationHierarchyLevels.map(
      (l: { hierarchyLevelName: string }) => l.hierarchyLevelName,
    )
    expect(names).toContain('Region')
    expect(names).toContain('Postal Code')
    const ara = await get(`${BASE}/locationHierarchyLevels/ara`)
    for (const level of ara.response.locationHierarchyLevels) {
      expect(level.langCode).toBe('ara')
      expect(level.hierarchyLevelName).toMatch(/\p{Script=Arabic}/u)
    }
  })

  it('lists every language without one', async () => {
    const all = await get(`${BASE}/locationHierarchyLevels`)
    const langs = new Set(
      all.response.locationHierarchyLevels.map((l: { langCode: string }) => l.langCode),
    )
    expect([...langs].sort()).toEqual(['ara', 'eng', 'fra', 'hin', 'kan', 'spa', 'tam'])
  })

  it('gives a location and its immediate children', async () => {
    const city = await someCity()
    const info = await get(`${BASE}/locations/info/${city.code}/eng`)
    expect(info.response).toMatchObject({ code: city.code, name: city.eng, hierarchyLevel: 3 })
    const parent = await get(
      `${BASE}/locations/immediatechildren/${info.response.parentLocCode}/tam`,
    )
    const child = parent.response.locations.find((l: { code: string }) => l.code === city.code)
    expect(child.langCode).toBe('tam')
    expect(child.name).toMatch(/\p{Script=Tamil}/u)
    expect(await errorCode(`${BASE}/locations/info/NOSUCH/eng`)).toBe('RES-SER-418')
  })
})

describe('registration centre search', () => {
  it('finds centres by part of a city name, ignoring case and accents', async () => {
    const city = await someCity()
    const part = city.eng.slice(0, 4)
    const exact = await allPages('eng', 3, part, 5)
    expect(exact.total).toBeGreaterThan(0)
    const folded = await allPages('eng', 3, foldForSearch(part).toUpperCase(), 5)
    expect(folded.ids.sort()).toEqual(exact.ids.sort())
  })

  it('returns only centres inside a matching location, with every page distinct', async () => {
    const city = await someCity(1)
    const { total, ids } = await allPages('eng', 3, city.eng, 2)
    expect(ids).toHaveLength(total)
    expect(new Set(ids).size).toBe(total)
    const within = await codesWithin(t.ports.masterdata, city.code, 'eng')
    const inside = (await allCentres(t.ports.masterdata, 'eng'))
      .filter((centre) => within.has(centre.locationCode))
      .map((centre) => centre.id)
    expect(inside.length).toBeGreaterThan(0)
    expect(ids.sort()).toEqual([...new Set(inside)].sort())
  })

  it('finds the same centres by the Arabic name in Arabic', async () => {
    const city = await someCity(2)
    const eng = await allPages('eng', 3, city.eng, 100)
    const ara = await allPages('ara', 3, city.ara, 100)
    expect(ara.ids.sort()).toEqual(eng.ids.sort())
    const page = await get(
      `${BASE}/registrationcenters/page/ara/3/${encodeURIComponent(city.ara)}?pageSize=1`,
    )
    expect(page.response.data[0].name).toMatch(/\p{Script=Arabic}/u)
  })

  it('keeps a search typed in one language when the results are asked in another', async () => {
    const city = await someCity(2)
    const eng = await allPages('eng', 3, city.eng, 100)
    const url = `${BASE}/registrationcenters/page/ara/3/${encodeURIComponent(city.eng)}`
    // The English name finds the place with the Arabic interface (every language is searched).
    expect((await get(`${url}?pageSize=100`)).response.totalItems).toBe(eng.total)
    const kept = await get(`${url}?nameLangCode=eng&pageSize=100`)
    expect(kept.response.totalItems).toBe(eng.total)
    expect(kept.response.data[0].name).toMatch(/\p{Script=Arabic}/u)
    expect(await errorCode(`${url}?nameLangCode=xyz`)).toBe('RES-SER-418')
  })

  it('gives each centre of a page its hours, working days and holidays in one answer', async () => {
    const city = await someCity()
    const page = await get(
      `${BASE}/registrationcenters/page/fra/3/${encodeURIComponent(city.eng.slice(0, 3))}?pageSize=10`,
    )
    expect(page.response.data.length).toBeGreaterThan(0)
    for (const centre of page.response.data) {
      expect(centre.langCode).toBe('fra')
      expect(centre.centerStartTime).toMatch(/^\d{2}:\d{2}:\d{2}$/)
      expect(centre.workingDays.length).toBeGreaterThan(0)
      expect(
        centre.workingDays.every((d: { languageCode: string }) => d.languageCode === 'fra'),
      ).toBe(true)
      const open = Object.entries(centre.workingNonWorkingDays)
        .filter(([, on]) => on)
        .map(([day]) => day)
      expect(open.sort()).toEqual(centre.workingDays.map((d: { code: string }) => d.code).sort())
      expect(Array.isArray(centre.holidays)).toBe(true)
    }
  })

  it('answers bad pages, unknown languages and searches without letters as MOSIP’s proxy', async () => {
    const url = `${BASE}/registrationcenters/page`
    // Masterdata fails on a page it cannot make (RES-SER-412) …
    expect(await errorCode(`${url}/eng/3/abc?pageSize=0`)).toBe('RES-SER-412')
    expect(await errorCode(`${url}/eng/3/abc?pageNumber=-1`)).toBe('RES-SER-412')
    // … and answers an error for the rest (RES-SER-418); over our page-size cap too.
    expect(await errorCode(`${url}/eng/3/abc?pageSize=101`)).toBe('RES-SER-418')
    expect(await errorCode(`${url}/xyz/3/abc`)).toBe('RES-SER-418')
    expect(await errorCode(`${url}/eng/3/${encodeURIComponent('%%%')}`)).toBe('RES-SER-418')
  })

  it('refuses a language the deployment does not offer', async () => {
    const only = await createTestApp({ MANDATORY_LANGUAGES: 'eng', OPTIONAL_LANGUAGES: '' })
    try {
      const res = await only.app.inject({ url: `${BASE}/validdocuments/fra` })
      expect(res.json().errors[0]).toMatchObject({ errorCode: 'RES-SER-418' })
      expect(res.json().errors[0].message).toContain('langCode')
    } finally {
      await only.close()
    }
  })

  it('finds centres by exact location names', async () => {
    const city = await someCity()
    const body = await get(
      `${BASE}/registrationcenters/eng/3/names?name=${encodeURIComponent(city.eng.toLowerCase())}&name=Nowhere`,
    )
    const { total } = await allPages('eng', 3, city.eng, 100)
    expect(body.response.registrationCenters.length).toBeLessThanOrEqual(total)
    expect(body.response.registrationCenters.length).toBeGreaterThan(0)
  })
})

describe('centres near a point', () => {
  it('lists centres within the distance, nearest first', async () => {
    const city = await someCity()
    const page = await get(
      `${BASE}/registrationcenters/page/eng/3/${encodeURIComponent(city.eng)}?pageSize=1`,
    )
    const centre = page.response.data[0]
    const near = await get(
      `${BASE}/getcoordinatespecificregistrationcenters/eng/${centre.longitude}/${centre.latitude}/2000`,
    )
    const found = near.response.registrationCenters
    expect(found[0].id).toBe(centre.id)
    expect(found[0].distanceMeters).toBeLessThan(1)
    const distances = found.map((c: { distanceMeters: number }) => c.distanceMeters)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(Math.max(...distances)).toBeLessThanOrEqual(2000)
    expect(found[0].workingDays.length).toBeGreaterThan(0)
  })

  it('answers masterdata’s error for nothing in the middle of the ocean and for impossible coordinates', async () => {
    const url = `${BASE}/getcoordinatespecificregistrationcenters/eng`
    expect(await errorCode(`${url}/-150/-40/2000`)).toBe('RES-SER-418')
    expect(await errorCode(`${url}/181/0/2000`)).toBe('RES-SER-418')
    expect(await errorCode(`${url}/0/-91/2000`)).toBe('RES-SER-418')
    expect(await errorCode(`${url}/0/0/0`)).toBe('RES-SER-418')
  })
})

describe('working days and documents', () => {
  it('gives a centre its working days named in the language, and RES-SER-418 for an unknown centre', async () => {
    const [centre] = await allCentres(t.ports.masterdata, 'eng')
    if (!centre) throw new Error('the demo country has no centre')
    const body = await get(`${BASE}/workingdays/${centre.id}/hin`)
    expect(body.response.workingdays.length).toBeGreaterThan(0)
    expect(body.response.workingdays[0].name).toMatch(/\p{Script=Devanagari}/u)
    expect(body.response.workingdays[0].code).toMatch(/^(MON|TUE|WED|THU|FRI|SAT|SUN)$/)
    expect(body.response.workingdays[0].displayName).toBe(body.response.workingdays[0].name)
    expect(await errorCode(`${BASE}/workingdays/NOSUCH/eng`)).toBe('RES-SER-418')
  })

  it('lists document categories with their types, translated', async () => {
    const eng = await get(`${BASE}/validdocuments/eng`)
    const kan = await get(`${BASE}/validdocuments/kan`)
    const categories = eng.response.documentcategories
    expect(categories.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['POI', 'POA', 'POB', 'POR', 'POE']),
    )
    for (const category of categories) expect(category.documenttypes.length).toBeGreaterThan(0)
    expect(kan.response.documentcategories[0].name).toMatch(/\p{Script=Kannada}/u)
  })

  it('lists the document types of one category, and RES-SER-418 for an unknown one', async () => {
    const body = await get(`${BASE}/documenttypes/POA/spa`)
    expect(body.response.documents.length).toBeGreaterThan(0)
    expect(body.response.documents[0].langCode).toBe('spa')
    expect(await errorCode(`${BASE}/documenttypes/NOPE/eng`)).toBe('RES-SER-418')
  })
})
