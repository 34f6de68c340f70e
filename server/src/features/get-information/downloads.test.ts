import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfsToText } from '../../../test/support/pdf.ts'
import { DEMO_POINTS, locationsAtLevel } from '../../../test/support/places.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { PlacedGlyphs } from '../../pdf/index.ts'
import { centreListPdf } from './centre-list-pdf.ts'
import { documentsPdf } from './documents-pdf.ts'

const API = '/resident/v1'
const LANGS = ['eng', 'fra', 'spa', 'ara', 'hin', 'kan', 'tam'] as const
const POINT = DEMO_POINTS[0] as (typeof DEMO_POINTS)[number]
let t: TestApp
/** The city searched for, in each language (level 3 = City). */
const city: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp()
  const md = t.ports.masterdata
  const eng = (await locationsAtLevel(md, 3, 'eng')).find((l) => l.name === POINT.city)
  if (!eng) throw new Error(`no city ${POINT.city}`)
  for (const { code } of await md.languages()) {
    const name = (await md.locationInfo(eng.code, code))?.name
    if (name) city[code] = name
  }
})
afterAll(() => t.close())

/** Downloads a PDF and checks the answer is one; `text` is filled by `readAll`. */
async function download(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  expect(res.headers['content-type'], `${url}: ${res.body.slice(0, 200)}`).toBe('application/pdf')
  expect(res.headers['cache-control']).toBe('no-store')
  expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  return { pdf: res.rawPayload, text: '', disposition: String(res.headers['content-disposition']) }
}

/** Extracts the text of the downloads with pdftotext (one process start for all). */
async function readAll(files: Array<{ pdf: Uint8Array; text: string }>) {
  const texts = await pdfsToText(files.map((f) => f.pdf))
  files.forEach((file, i) => {
    expect(texts[i]?.code).toBe(0)
    file.text = texts[i]?.text ?? ''
  })
}

async function errorCode(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const body = res.json()
  expect(body.response, url).toBeNull()
  return body.errors[0].errorCode as string
}

const fileName = (prefix: string) =>
  new RegExp(`^attachment; filename="${prefix}_\\d{4}-\\d{2}-\\d{2}T\\d{2}_\\d{2}_\\d{2}\\.pdf"$`)
const today = () => new Date().toISOString().slice(0, 10)

describe('downloads in every language', () => {
  for (const lang of LANGS) {
    it(`answers the three PDFs in ${lang}, with the ids, phones, dates and codes readable`, async () => {
      const { masterdata } = t.ports
      const name = encodeURIComponent(city[lang] as string)
      const search = await masterdata.searchCentres({
        langCode: lang,
        hierarchyLevel: 3,
        text: city[lang] as string,
        pageNumber: 0,
        pageSize: 100,
        sortBy: 'name',
        orderBy: 'asc',
      })
      const nearby = await masterdata.nearbyCentres(
        lang,
        POINT.longitude,
        POINT.latitude,
        5000,
        100,
      )
      const documents = await masterdata.validDocuments(lang)
      const list = await download(
        `${API}/download/registration-centers-list?langcode=${lang}&hierarchylevel=3&name=${name}`,
      )
      const near = await download(
        `${API}/download/nearestRegistrationcenters?langcode=${lang}&longitude=${POINT.longitude}&latitude=${POINT.latitude}&proximitydistance=5000`,
      )
      const docs = await download(`${API}/download/supporting-documents?langcode=${lang}`)
      await readAll([list, near, docs])

      expect(list.disposition).toMatch(fileName('Registration_centers'))
      expect(search.data.length).toBeGreaterThan(0)
      for (const centre of search.data) {
        expect(list.text).toContain(centre.id)
        expect(list.text).toContain(centre.contactPhone)
        if (centre.holidays[0]) expect(list.text).toContain(centre.holidays[0].holidayDate)
      }
      expect(list.text).toContain(today())

      expect(near.disposition).toMatch(fileName('Registration_centers'))
      expect(nearby.length).toBeGreaterThan(0)
      for (const centre of nearby) {
        expect(near.text).toContain(centre.id)
        expect(near.text).toContain(centre.contactPhone)
      }

      expect(docs.disposition).toMatch(fileName('Supporting_documents'))
      for (const category of documents) {
        for (const type of category.documenttypes) expect(docs.text).toContain(type.code)
      }
      expect(docs.text).toContain(today())
    })
  }

  it('stamps the file name and the footer in the resident’s time zone', async () => {
    const res = await t.app.inject({
      url: `${API}/download/supporting-documents?langcode=eng`,
      headers: { 'time-zone-offset': '-330' },
    })
    const stamp = /_(\d{4}-\d{2}-\d{2})T(\d{2})_(\d{2})_(\d{2})\.pdf/.exec(
      String(res.headers['content-disposition']),
    )
    expect(stamp).not.toBeNull()
    const [, date, hh, mm, ss] = stamp as RegExpExecArray
    const local = Date.parse(`${date}T${hh}:${mm}:${ss}Z`)
    expect(Math.abs(local - (Date.now() + 330 * 60_000))).toBeLessThan(120_000)
    const [footer] = await pdfsToText([res.rawPayload])
    expect(footer?.text).toContain('UTC+05:30')
  })

  it('answers a search that finds nothing with masterdata’s error (RES-SER-418), as MOSIP', async () => {
    expect(
      await errorCode(
        `${API}/download/registration-centers-list?langcode=fra&hierarchylevel=3&name=zzqqxx`,
      ),
    ).toBe('RES-SER-418')
  })
})

describe('download errors are MOSIP envelopes', () => {
  const list = `${API}/download/registration-centers-list`
  const near = `${API}/download/nearestRegistrationcenters`
  it.each([
    [`${list}?langcode=eng&hierarchylevel=3`, 'RES-SER-518'],
    [`${list}?langcode=eng&hierarchylevel=3&name=`, 'RES-SER-518'],
    [`${list}?langcode=eng&hierarchylevel=3&name=%20%20`, 'RES-SER-518'],
    [`${list}?langcode=eng&hierarchylevel=3&name=!!!`, 'RES-SER-518'],
    [`${list}?langcode=xyz&hierarchylevel=3&name=Sal`, 'RES-SER-410'],
    // MOSIP: a missing parameter or one Spring cannot convert is RES-SER-418, as is anything
    // masterdata refuses; only the language is checked by the resident service (RES-SER-410).
    [`${list}?hierarchylevel=3&name=Sal`, 'RES-SER-418'],
    [`${list}?langcode=eng&hierarchylevel=abc&name=Sal`, 'RES-SER-418'],
    [`${near}?langcode=eng&longitude=25&latitude=91&proximitydistance=1000`, 'RES-SER-418'],
    [`${near}?langcode=eng&longitude=abc&latitude=12&proximitydistance=1000`, 'RES-SER-418'],
    [`${near}?langcode=eng&longitude=25&latitude=12&proximitydistance=0`, 'RES-SER-418'],
    [`${near}?langcode=zzz&longitude=25&latitude=12&proximitydistance=1000`, 'RES-SER-410'],
    [`${API}/download/supporting-documents?langcode=xyz`, 'RES-SER-410'],
    [`${API}/download/supporting-documents`, 'RES-SER-418'],
  ])('%s → %s', async (url, code) => {
    expect(await errorCode(url)).toBe(code)
  })

  it('rejects a bad time-zone offset', async () => {
    const res = await t.app.inject({
      url: `${API}/download/supporting-documents?langcode=eng`,
      headers: { 'time-zone-offset': 'east' },
    })
    // Spring cannot read it as a number: MOSIP's generic RES-SER-418.
    expect(res.json().errors[0].errorCode).toBe('RES-SER-418')
  })
})

describe('no missing glyph in any language over the demo data', () => {
  it('draws every centre and document of the demo country in all seven languages', async () => {
    const { masterdata } = t.ports
    const languages = await masterdata.languages()
    for (const lang of LANGS) {
      const placed: PlacedGlyphs[] = []
      const trace = (run: PlacedGlyphs) => placed.push(run)
      const direction = languages.find((l) => l.code === lang)?.direction ?? 'ltr'
      const centres = await masterdata.nearbyCentres(
        lang,
        POINT.longitude,
        POINT.latitude,
        1_000_000,
        100,
      )
      expect(centres.length).toBeGreaterThan(50)
      const common = { lang, direction, generatedAt: new Date(), timeZoneOffset: 0, trace }
      await centreListPdf({
        ...common,
        query: { kind: 'nearby', latitude: '1', longitude: '2', distanceMeters: 1_000_000 },
        centres,
        total: centres.length,
      })
      await documentsPdf({ ...common, categories: await masterdata.validDocuments(lang) })
      expect(placed.length).toBeGreaterThan(1000)
      for (const run of placed) {
        expect(run.glyphIds, `${lang}: ${run.text}`).not.toContain(0)
        expect(run.text, lang).not.toContain('\uFFFD')
      }
    }
  })
})

describe('centre list after a language switch', () => {
  it('lists the centres of a name typed in English in an Arabic PDF', async () => {
    const page = await t.app.inject({
      url: `${API}/proxy/masterdata/registrationcenters/page/eng/3/${encodeURIComponent(city.eng ?? '')}?pageSize=1`,
    })
    const firstId = page.json().response.data[0].id as string
    const query = `langcode=ara&hierarchylevel=3&name=${encodeURIComponent(city.eng ?? '')}`
    const kept = await download(
      `${API}/download/registration-centers-list?${query}&nameLangCode=eng`,
    )
    await readAll([kept])
    expect(kept.text).toContain(firstId)
  })
})
