import type { Insertable } from 'kysely'
import { foldForSearch } from '../../../text/fold.ts'
import type { MasterdataTables } from '../masterdata/tables.ts'
import {
  DAYS,
  NATIONAL_HOLIDAY_DESC,
  NATIONAL_HOLIDAYS,
  PROVINCE_DAY,
  PROVINCE_HOLIDAY_DESC,
} from './calendar.ts'
import { generateCentres } from './centres.ts'
import { DOCUMENT_TYPES } from './document-types.ts'
import { DOCUMENT_CATEGORIES } from './documents.ts'
import { generateGeography, type Place } from './geography.ts'
import { LEVEL_NAMES } from './places.ts'
import { mulberry32, type Random } from './prng.ts'
import { DEMO_LANGS, type DemoLang, fill, LANGUAGES, nfc, type Text7 } from './text.ts'

type Rows<T extends keyof MasterdataTables> = Insertable<MasterdataTables[T]>[]

/** Every row of the demo country, table by table, in insertion order. */
export interface DemoCountry {
  md_language: Rows<'md_language'>
  md_location_level: Rows<'md_location_level'>
  md_location: Rows<'md_location'>
  md_location_ancestor: Rows<'md_location_ancestor'>
  md_day_of_week: Rows<'md_day_of_week'>
  md_holiday: Rows<'md_holiday'>
  md_center: Rows<'md_center'>
  md_center_geo: Rows<'md_center_geo'>
  md_center_working_day: Rows<'md_center_working_day'>
  md_document_category: Rows<'md_document_category'>
  md_document_type: Rows<'md_document_type'>
  md_valid_document: Rows<'md_valid_document'>
}

export interface DemoCountryOptions {
  seed: number
  /** Number of registration centres (the demo uses 100). */
  centres: number
  /** Years whose holidays are seeded; fixed by default so the output never depends on the clock. */
  holidayYears?: number[]
}

export const DEFAULT_HOLIDAY_YEARS = [2026, 2027]

/** The demo country for a seed: the same seed and options always give the same rows. */
export function generateDemoCountry(options: DemoCountryOptions): DemoCountry {
  const rng = mulberry32(options.seed)
  const geography = generateGeography(rng)
  const centres = generateCentres(rng, geography, options.centres)
  return {
    md_language: LANGUAGES.map((l) => ({
      code: l.code,
      name: l.name,
      native_name: l.nativeName,
      direction: l.direction,
    })),
    md_location_level: LEVEL_NAMES.flatMap((name, level) =>
      perLanguage(name, (lang, text) => ({ level, lang_code: lang, name: text })),
    ),
    md_location: geography.places.flatMap((place) =>
      perLanguage(place.name, (lang, text) => ({
        code: place.code,
        lang_code: lang,
        name: text,
        name_folded: foldForSearch(text),
        level: place.level,
        parent_code: place.parentCode,
      })),
    ),
    md_location_ancestor: ancestors(geography.places),
    md_day_of_week: DAYS.flatMap((day) =>
      perLanguage(day.name, (lang, text) => ({
        code: day.code,
        lang_code: lang,
        name: text,
        day_seq: day.seq,
      })),
    ),
    md_holiday: holidays(rng, geography.provinces, options.holidayYears ?? DEFAULT_HOLIDAY_YEARS),
    ...centres,
    md_document_category: DOCUMENT_CATEGORIES.flatMap((c) =>
      perLanguage(c.name, (lang, text) => ({
        code: c.code,
        lang_code: lang,
        name: text,
        description: c.description[lang].normalize('NFC'),
      })),
    ),
    md_document_type: DOCUMENT_TYPES.flatMap((t) =>
      perLanguage(t.name, (lang, text) => ({
        code: t.code,
        lang_code: lang,
        name: text,
        description: t.description[lang].normalize('NFC'),
      })),
    ),
    md_valid_document: DOCUMENT_CATEGORIES.flatMap((c) =>
      c.types.map((type) => ({ category_code: c.code, doc_type_code: type })),
    ),
  }
}

/** One row per language, with the text in NFC. */
export function perLanguage<R>(text: Text7, row: (lang: DemoLang, text: string) => R): R[] {
  const normalised = nfc(text)
  return DEMO_LANGS.map((lang) => row(lang, normalised[lang]))
}

function ancestors(places: Place[]): Rows<'md_location_ancestor'> {
  const byCode = new Map(places.map((p) => [p.code, p]))
  const rows: Rows<'md_location_ancestor'> = []
  for (const place of places) {
    let current: Place | undefined = place
    while (current) {
      rows.push({
        location_code: place.code,
        ancestor_code: current.code,
        ancestor_level: current.level,
      })
      current = current.parentCode ? byCode.get(current.parentCode) : undefined
    }
  }
  return rows
}

function holidays(rng: Random, provinces: Place[], years: number[]): Rows<'md_holiday'> {
  const national = new Set(NATIONAL_HOLIDAYS.map((h) => h.monthDay))
  const rows: Rows<'md_holiday'> = []
  for (const province of provinces) {
    let own: string
    do {
      own = `${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`
    } while (national.has(own))
    const ownName = fill(PROVINCE_DAY, province.name)
    for (const year of years) {
      const entries = [
        ...NATIONAL_HOLIDAYS.map((h) => ({
          date: h.monthDay,
          name: h.name,
          desc: NATIONAL_HOLIDAY_DESC,
        })),
        { date: own, name: ownName, desc: PROVINCE_HOLIDAY_DESC },
      ]
      for (const entry of entries) {
        const desc = nfc(entry.desc)
        rows.push(
          ...perLanguage(entry.name, (lang, text) => ({
            location_code: province.code,
            holiday_date: `${year}-${entry.date}`,
            lang_code: lang,
            holiday_name: text,
            holiday_desc: desc[lang],
          })),
        )
      }
    }
  }
  return rows
}

export function pad(n: number): string {
  return String(n).padStart(2, '0')
}
