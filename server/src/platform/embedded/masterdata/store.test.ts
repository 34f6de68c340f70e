import { Kysely, sql } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DatabaseHandle, openPGlite } from '../../../db/database.ts'
import { runMigrations } from '../../../db/migrate.ts'
import type { DB } from '../../../db/schema.ts'
import type { CentreSearch, MasterdataPort } from '../../masterdata.ts'
import { generateDemoCountry } from '../demo-country/generate.ts'
import { seedDemoCountry } from '../demo-country/seed.ts'
import { embeddedMigrations } from '../migrations/index.ts'
import { embeddedTables } from '../tables.ts'
import { createEmbeddedMasterdata } from './store.ts'

const TODAY = '2026-06-01'
let handle: DatabaseHandle
let md: MasterdataPort

beforeAll(async () => {
  handle = await openPGlite()
  await runMigrations(handle.db, embeddedMigrations)
  await seedDemoCountry(embeddedTables(handle.db), { seed: 1, centres: 100 })
  md = createEmbeddedMasterdata(embeddedTables(handle.db), { today: () => TODAY })
})

afterAll(async () => {
  await handle?.close()
})

function search(overrides: Partial<CentreSearch>): CentreSearch {
  return {
    langCode: 'eng',
    hierarchyLevel: 3,
    text: '',
    pageNumber: 0,
    pageSize: 10,
    sortBy: 'name',
    orderBy: 'asc',
    ...overrides,
  }
}

/** Active centres (one language) inside the location `code`, counted straight from the tables. */
async function activeCentresUnder(code: string): Promise<number> {
  const row = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM md_center c
    JOIN md_location_ancestor a ON a.location_code = c.location_code
    WHERE a.ancestor_code = ${code} AND c.lang_code = 'eng' AND c.is_active`.execute(handle.db)
  return row.rows[0]?.n ?? -1
}

describe('embedded masterdata: centre search', () => {
  it('is deterministic: the seeded centres are the generator’s for that seed', async () => {
    const page = await md.searchCentres(search({ hierarchyLevel: 0, sortBy: 'id', pageSize: 5 }))
    const generated = generateDemoCountry({ seed: 1, centres: 100 }).md_center
    const expected = generated.filter((c) => c.lang_code === 'eng').slice(0, 5)
    expect(page.data.map((c) => [c.id, c.name, c.contactPerson])).toEqual(
      expected.map((c) => [c.id, c.name, c.contact_person]),
    )
    expect(page.data[0]?.name).toBe('Chandrapur Registration Centre 1')
    const otherSeed = generateDemoCountry({ seed: 2, centres: 100 }).md_center
    expect(otherSeed.filter((c) => c.lang_code === 'eng').map((c) => c.contact_person)).not.toEqual(
      generated.filter((c) => c.lang_code === 'eng').map((c) => c.contact_person),
    )
  })

  it('ignores case and accents: "sale", "SALÉ" and "Sale" all find Salé', async () => {
    const expected = await activeCentresUnder('R1P2C1')
    expect(expected).toBeGreaterThanOrEqual(3)
    for (const text of ['sale', 'SALÉ', 'Sale', 'salé']) {
      const page = await md.searchCentres(search({ text, pageSize: 50 }))
      expect(page.totalItems, text).toBe(expected)
      expect(page.data.every((c) => c.name.startsWith('Salé Registration Centre'))).toBe(true)
    }
    const meknes = await md.searchCentres(search({ text: 'meknes-cote', langCode: 'fra' }))
    expect(meknes.totalItems).toBe(await activeCentresUnder('R2P1C1'))
    expect(meknes.data[0]?.name).toMatch(/^Centre d'enregistrement de Méknès-Côte \d+$/)
  })

  it('searches in the language asked, in its own script', async () => {
    const expected = await activeCentresUnder('R1P2C1')
    const arabic = await md.searchCentres(search({ langCode: 'ara', text: 'سلا', pageSize: 50 }))
    expect(arabic.totalItems).toBe(expected)
    expect(arabic.data[0]?.name).toMatch(/^مركز تسجيل سلا \d+$/)
    const tamil = await md.searchCentres(search({ langCode: 'tam', text: 'ஸலே', pageSize: 50 }))
    expect(tamil.totalItems).toBe(expected)
    expect(tamil.data[0]?.addressLine2).toMatch(/ஸலே/)
    // An English name finds nothing in Arabic.
    const none = await md.searchCentres(search({ langCode: 'ara', text: 'sale' }))
    expect(none.totalItems).toBe(0)
    expect(none.data).toEqual([])
  })

  it('finds centres of every city of a region searched by part of its name', async () => {
    const expected = await activeCentresUnder('R1')
    const page = await md.searchCentres(search({ hierarchyLevel: 1, text: 'NORTHERN' }))
    expect(page.totalItems).toBe(expected)
    const fr = await md.searchCentres(
      search({ langCode: 'fra', hierarchyLevel: 1, text: 'cote du nord' }),
    )
    expect(fr.totalItems).toBe(expected)
  })

  it('treats % and _ as text, not wildcards', async () => {
    for (const text of ['%', '_', '\\']) {
      expect((await md.searchCentres(search({ text }))).totalItems, text).toBe(0)
    }
  })

  it('pages: right totals, every centre exactly once, last page partial, past the end empty', async () => {
    const total = await activeCentresUnder('R1')
    const pageSize = 7
    const seen: string[] = []
    const pages = Math.ceil(total / pageSize)
    for (let pageNumber = 0; pageNumber < pages; pageNumber++) {
      const page = await md.searchCentres(
        search({ hierarchyLevel: 1, text: 'northern', pageNumber, pageSize }),
      )
      expect(page).toMatchObject({
        pageNo: pageNumber,
        pageSize,
        totalItems: total,
        totalPages: pages,
      })
      const expectedSize = pageNumber < pages - 1 ? pageSize : total - pageSize * (pages - 1)
      expect(page.data.length).toBe(expectedSize)
      seen.push(...page.data.map((c) => c.id))
    }
    expect(new Set(seen).size).toBe(total)
    const past = await md.searchCentres(
      search({ hierarchyLevel: 1, text: 'northern', pageNumber: pages, pageSize }),
    )
    expect(past.data).toEqual([])
    expect(past.totalItems).toBe(total)
  })

  it('sorts by name, id or creation time, both ways, with a stable tiebreak', async () => {
    const all = { hierarchyLevel: 0, text: '', pageSize: 200 }
    const byId = await md.searchCentres(search({ ...all, sortBy: 'id', orderBy: 'desc' }))
    const ids = byId.data.map((c) => c.id)
    expect(ids).toEqual([...ids].sort().reverse())
    expect(byId.totalItems).toBe(98)
    const byCreated = await md.searchCentres(search({ ...all, sortBy: 'createdDateTime' }))
    expect(byCreated.data.map((c) => c.id)).toEqual([...ids].reverse())
    const byName = await md.searchCentres(search({ ...all, sortBy: 'name', orderBy: 'desc' }))
    const paged: string[] = []
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await md.searchCentres(
        search({ ...all, sortBy: 'name', orderBy: 'desc', pageSize: 10, pageNumber }),
      )
      paged.push(...page.data.map((c) => c.id))
    }
    expect(paged).toEqual(byName.data.map((c) => c.id))
  })

  it('fills working days and upcoming holidays in the language, for every centre of a page', async () => {
    const page = await md.searchCentres(
      search({ langCode: 'hin', hierarchyLevel: 0, pageSize: 20 }),
    )
    expect(page.data.length).toBe(20)
    for (const centre of page.data) {
      expect(Object.keys(centre.workingNonWorkingDays).sort()).toEqual([
        'FRI',
        'MON',
        'SAT',
        'SUN',
        'THU',
        'TUE',
        'WED',
      ])
      expect(centre.workingDays.length).toBeGreaterThanOrEqual(4)
      expect(centre.workingDays.map((d) => d.order)).toEqual(
        [...centre.workingDays.map((d) => d.order)].sort(),
      )
      expect(centre.holidays.length).toBeGreaterThan(0)
      const dates = centre.holidays.map((h) => h.holidayDate)
      expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= TODAY)).toBe(true)
      expect(dates).toEqual([...dates].sort())
      expect(Number.isFinite(Number(centre.latitude))).toBe(true)
      expect(centre.latitude).toMatch(/^\d+\.\d+$/)
    }
    const monday = page.data.flatMap((c) => c.workingDays).find((d) => d.code === 'MON')
    expect(monday).toEqual({
      code: 'MON',
      name: 'सोमवार',
      displayName: 'सोमवार',
      order: 1,
      languageCode: 'hin',
    })
    const labourDay = page.data[0]?.holidays.find((h) => h.holidayDate === '2027-05-01')
    expect(labourDay).toMatchObject({ holidayName: 'श्रमिक दिवस' })
  })

  it('answers a page with the same number of queries whatever its size', async () => {
    const pglite = handle.pglite
    if (!pglite) throw new Error('PGlite expected')
    // A second Kysely over the same database logs every statement the store sends.
    let queries = 0
    const logging = new Kysely<DB>({
      dialect: new PGliteDialect(pglite),
      log: (event) => {
        if (event.level === 'query') queries++
      },
    })
    const counted = createEmbeddedMasterdata(embeddedTables(logging), { today: () => TODAY })
    const cost = async (pageSize: number) => {
      queries = 0
      const page = await counted.searchCentres(search({ hierarchyLevel: 0, pageSize }))
      expect(page.data.length).toBe(pageSize)
      return queries
    }
    // The first page also reads the day names and holidays, which are then held.
    expect(await cost(2)).toBeLessThanOrEqual(4)
    const small = await cost(2)
    expect(await cost(60)).toBe(small)
    expect(small).toBeLessThanOrEqual(2)
  })

  it('finds centres by exact location names', async () => {
    const centres = await md.centresByLocationNames('eng', 3, ['sale', 'CHANDRAPUR'])
    const expected = (await activeCentresUnder('R1P2C1')) + (await activeCentresUnder('R1P1C1'))
    expect(centres.length).toBe(expected)
    expect(centres.every((c) => c.holidays.length > 0 && c.workingDays.length > 0)).toBe(true)
    expect(await md.centresByLocationNames('eng', 3, ['Sal'])).toEqual([])
    expect(await md.centresByLocationNames('eng', 3, [])).toEqual([])
  })
})

describe('embedded masterdata: locations, days, documents, languages', () => {
  it('lists the 7 languages with their direction', async () => {
    const languages = await md.languages()
    expect(languages.map((l) => l.code).sort()).toEqual([
      'ara',
      'eng',
      'fra',
      'hin',
      'kan',
      'spa',
      'tam',
    ])
    expect(languages.find((l) => l.code === 'ara')).toMatchObject({
      direction: 'rtl',
      nativeName: 'العربية',
    })
    expect(languages.filter((l) => l.direction === 'rtl').length).toBe(1)
  })

  it('names the hierarchy levels in each language', async () => {
    const fra = await md.locationHierarchyLevels('fra')
    expect(fra.map((l) => l.hierarchyLevelName)).toEqual([
      'Pays',
      'Région',
      'Province',
      'Ville',
      'Zone',
      'Code postal',
    ])
    expect((await md.locationHierarchyLevels()).length).toBe(42)
    expect(await md.locationHierarchyLevels('xxx')).toEqual([])
  })

  it('walks the tree: children and location info in the language', async () => {
    const regions = await md.immediateChildren('NDR', 'fra')
    expect(regions.length).toBe(4)
    expect(regions.every((r) => r.hierarchyLevel === 1 && r.hierarchyName === 'Région')).toBe(true)
    expect(regions.map((r) => r.name)).toContain('Côte du Nord')
    const sale = await md.locationInfo('R1P2C1', 'ara')
    expect(sale).toMatchObject({
      code: 'R1P2C1',
      name: 'سلا',
      hierarchyLevel: 3,
      hierarchyName: 'المدينة',
      parentLocCode: 'R1P2',
      langCode: 'ara',
      isActive: true,
    })
    expect(await md.locationInfo('NOPE', 'eng')).toBeUndefined()
    expect(await md.immediateChildren('NOPE', 'eng')).toEqual([])
    expect((await md.locationInfo('NDR', 'eng'))?.parentLocCode).toBeNull()
  })

  it('gives a centre’s open days, or undefined for an unknown centre', async () => {
    const days = await md.workingDays('10001', 'kan')
    expect(days?.length).toBeGreaterThanOrEqual(4)
    expect(days?.[0]?.displayName).toMatch(/\p{Script=Kannada}/u)
    expect(await md.workingDays('99999', 'eng')).toBeUndefined()
  })

  it('lists document categories with their types in the language', async () => {
    const categories = await md.validDocuments('spa')
    expect(categories.map((c) => c.code)).toEqual(['POA', 'POB', 'POE', 'POI', 'POR'])
    const poi = categories.find((c) => c.code === 'POI')
    expect(poi?.name).toBe('Prueba de identidad')
    expect(poi?.documenttypes.map((t) => t.name)).toContain('Pasaporte')
    for (const c of categories) {
      expect(c.documenttypes.length).toBeGreaterThanOrEqual(3)
      expect(c.documenttypes.every((t) => t.langCode === 'spa' && t.description !== '')).toBe(true)
    }
    const tam = await md.documentTypes('POB', 'tam')
    expect(tam?.map((t) => t.code).sort()).toEqual([
      'BIRTH_CERTIFICATE',
      'HOSPITAL_RECORD',
      'PASSPORT',
      'SCHOOL_CERTIFICATE',
    ])
    expect(tam?.every((t) => /\p{Script=Tamil}/u.test(t.name))).toBe(true)
    expect(await md.documentTypes('XYZ', 'eng')).toBeUndefined()
  })
})
