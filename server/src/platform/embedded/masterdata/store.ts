import { type ChangeFeed, createLocalChangeFeed } from '../../change-feed.ts'
import type {
  DocumentCategory,
  DocumentType,
  Language,
  LocationHierarchyLevel,
  MasterdataPort,
} from '../../masterdata.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import {
  centresByLocationNames,
  createCalendarCache,
  nearbyCentres,
  searchCentres,
  type Today,
} from './centres.ts'
import { updateCentre } from './changes.ts'
import { presentLocation, presentWorkingDay } from './presenters.ts'

export interface EmbeddedMasterdataOptions {
  /** Today's date (YYYY-MM-DD) for "upcoming holidays"; the UTC date by default. */
  today?: Today
  /**
   * How this process learns of changes made by others (PostgreSQL LISTEN/NOTIFY); by default
   * only its own writes, right for PGlite and a single process.
   */
  changes?: ChangeFeed
}

/** The masterdata service over the embedded database (seeded with the demo country). */
export function createEmbeddedMasterdata(
  db: Database,
  options: EmbeddedMasterdataOptions = {},
): MasterdataPort {
  const today: Today = options.today ?? (() => new Date().toISOString().slice(0, 10))
  const calendar = createCalendarCache(db)
  const changes = options.changes ?? createLocalChangeFeed()

  function locations(langCode: string) {
    return db
      .selectFrom('md_location as l')
      .leftJoin('md_location_level as v', (j) =>
        j.onRef('v.level', '=', 'l.level').onRef('v.lang_code', '=', 'l.lang_code'),
      )
      .select([
        'l.code',
        'l.name',
        'l.level',
        'l.parent_code',
        'l.lang_code',
        'v.name as level_name',
      ])
      .where('l.lang_code', '=', langCode)
  }

  function documentTypesIn(langCode: string, categoryCodes: string[]) {
    return db
      .selectFrom('md_valid_document as vd')
      .innerJoin('md_document_type as t', 't.code', 'vd.doc_type_code')
      .select(['vd.category_code', 't.code', 't.name', 't.description', 't.lang_code'])
      .where('t.lang_code', '=', langCode)
      .where('vd.category_code', 'in', categoryCodes)
      .orderBy('t.name')
      .orderBy('t.code')
      .execute()
  }

  const presentType = (t: {
    code: string
    name: string
    description: string
    lang_code: string
  }): DocumentType => ({
    code: t.code,
    name: t.name,
    description: t.description,
    langCode: t.lang_code,
    isActive: true,
  })

  return {
    async languages(): Promise<Language[]> {
      const rows = await db.selectFrom('md_language').selectAll().orderBy('code').execute()
      return rows.map((r) => ({
        code: r.code,
        name: r.name,
        nativeName: r.native_name,
        direction: r.direction,
      }))
    },

    async locationHierarchyLevels(langCode?: string): Promise<LocationHierarchyLevel[]> {
      let query = db
        .selectFrom('md_location_level')
        .selectAll()
        .orderBy('level')
        .orderBy('lang_code')
      if (langCode !== undefined) query = query.where('lang_code', '=', langCode)
      const rows = await query.execute()
      return rows.map((r) => ({
        hierarchyLevel: r.level,
        hierarchyLevelName: r.name,
        langCode: r.lang_code,
        isActive: true,
      }))
    },

    async immediateChildren(locationCode, langCode) {
      const rows = await locations(langCode)
        .where('l.parent_code', '=', locationCode)
        .orderBy('l.name')
        .orderBy('l.code')
        .execute()
      return rows.map(presentLocation)
    },

    async locationInfo(locationCode, langCode) {
      const row = await locations(langCode).where('l.code', '=', locationCode).executeTakeFirst()
      return row ? presentLocation(row) : undefined
    },

    searchCentres: (search) => searchCentres(db, today, calendar, search),

    centresByLocationNames: (langCode, hierarchyLevel, names, nameLangCodes) =>
      centresByLocationNames(db, today, calendar, langCode, hierarchyLevel, names, nameLangCodes),

    nearbyCentres: (langCode, longitude, latitude, distanceMeters, limit) =>
      nearbyCentres(db, today, calendar, langCode, longitude, latitude, distanceMeters, limit),

    async workingDays(centreId, langCode) {
      const centre = await db
        .selectFrom('md_center')
        .select('id')
        .where('id', '=', centreId)
        .limit(1)
        .executeTakeFirst()
      if (!centre) return undefined
      const rows = await db
        .selectFrom('md_center_working_day as w')
        .innerJoin('md_day_of_week as d', 'd.code', 'w.day_code')
        .select(['d.code', 'd.name', 'd.day_seq'])
        .where('w.center_id', '=', centreId)
        .where('w.is_working', '=', true)
        .where('d.lang_code', '=', langCode)
        .orderBy('d.day_seq')
        .execute()
      return rows.map((r) => presentWorkingDay(r, langCode))
    },

    async validDocuments(langCode): Promise<DocumentCategory[]> {
      const categories = await db
        .selectFrom('md_document_category')
        .selectAll()
        .where('lang_code', '=', langCode)
        .orderBy('code')
        .execute()
      if (categories.length === 0) return []
      const types = await documentTypesIn(
        langCode,
        categories.map((c) => c.code),
      )
      return categories.map((c) => ({
        ...presentType(c),
        documenttypes: types.filter((t) => t.category_code === c.code).map(presentType),
      }))
    },

    async documentTypes(categoryCode, langCode) {
      const category = await db
        .selectFrom('md_document_category')
        .select('code')
        .where('code', '=', categoryCode)
        .limit(1)
        .executeTakeFirst()
      if (!category) return undefined
      const types = await documentTypesIn(langCode, [categoryCode])
      return types.map(presentType)
    },

    updateCentre: (centreId, langCode, change) =>
      updateCentre(db, changes, centreId, langCode, change),

    cacheToken() {
      const version = changes.version()
      return version === undefined ? undefined : `${version}|${today()}`
    },

    close: () => changes.close(),
  }
}
