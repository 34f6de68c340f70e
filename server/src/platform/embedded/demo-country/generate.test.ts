import { describe, expect, it } from 'vitest'
import { foldForSearch } from '../../../text/fold.ts'
import { generateDemoCountry } from './generate.ts'
import { kmBetween } from './geography.ts'
import { DEMO_POINT_MIN_CENTRES, DEMO_POINT_RADIUS_METERS, DEMO_POINTS } from './points.ts'
import { DEMO_LANGS } from './text.ts'

const country = generateDemoCountry({ seed: 1, centres: 100 })

/** The script each language's own words must be written in (digits and punctuation aside). */
const SCRIPT: Record<string, RegExp> = {
  ara: /\p{Script=Arabic}/u,
  hin: /\p{Script=Devanagari}/u,
  kan: /\p{Script=Kannada}/u,
  tam: /\p{Script=Tamil}/u,
}
const LATIN = /\p{Script=Latin}/u

/** Texts of one kind grouped by key, to check each key has all 7 languages in the right script. */
function byKey<R>(
  rows: R[],
  key: (r: R) => string,
  lang: (r: R) => string,
  text: (r: R) => string,
) {
  const groups = new Map<string, Map<string, string>>()
  for (const row of rows) {
    const k = key(row)
    const group = groups.get(k) ?? new Map<string, string>()
    group.set(lang(row), text(row))
    groups.set(k, group)
  }
  return groups
}

function expectTranslated(groups: Map<string, Map<string, string>>, digitsAllowed = false) {
  expect(groups.size).toBeGreaterThan(0)
  for (const [key, texts] of groups) {
    expect([...texts.keys()].sort(), key).toEqual([...DEMO_LANGS].sort())
    for (const [lang, text] of texts) {
      expect(text.trim(), `${key} ${lang}`).not.toBe('')
      expect(text, `${key} ${lang} is NFC`).toBe(text.normalize('NFC'))
      if (digitsAllowed && /^\d+$/.test(text)) continue
      const script = SCRIPT[lang]
      if (script) {
        expect(text, `${key} ${lang}`).toMatch(script)
        expect(text, `${key} ${lang} has no Latin letters`).not.toMatch(LATIN)
      } else {
        expect(text, `${key} ${lang}`).toMatch(LATIN)
      }
    }
  }
}

describe('demo country generator', () => {
  it('is deterministic: the same seed gives the same country, another seed another', () => {
    const again = generateDemoCountry({ seed: 1, centres: 100 })
    expect(again).toEqual(country)
    const other = generateDemoCountry({ seed: 2, centres: 100 })
    const provinces = (c: typeof country) =>
      c.md_location.filter((l) => l.level === 2 && l.lang_code === 'eng').map((l) => l.name)
    expect(provinces(other)).not.toEqual(provinces(country))
  })

  it('writes every place, centre, day, holiday and document in all 7 languages and scripts', () => {
    const l = country.md_location
    expectTranslated(
      byKey(
        l,
        (r) => r.code,
        (r) => r.lang_code,
        (r) => r.name,
      ),
      true,
    )
    const c = country.md_center
    for (const field of ['name', 'address_line1', 'address_line2', 'contact_person'] as const) {
      expectTranslated(
        byKey(
          c,
          (r) => r.id,
          (r) => r.lang_code,
          (r) => r[field],
        ),
      )
    }
    const levels = country.md_location_level
    expectTranslated(
      byKey(
        levels,
        (r) => String(r.level),
        (r) => r.lang_code,
        (r) => r.name,
      ),
    )
    const days = country.md_day_of_week
    expectTranslated(
      byKey(
        days,
        (r) => r.code,
        (r) => r.lang_code,
        (r) => r.name,
      ),
    )
    const h = country.md_holiday
    expectTranslated(
      byKey(
        h,
        (r) => `${r.location_code} ${r.holiday_date}`,
        (r) => r.lang_code,
        (r) => r.holiday_name,
      ),
    )
    for (const table of [country.md_document_category, country.md_document_type]) {
      expectTranslated(
        byKey(
          table,
          (r) => r.code,
          (r) => r.lang_code,
          (r) => r.name,
        ),
      )
      expectTranslated(
        byKey(
          table,
          (r) => r.code,
          (r) => r.lang_code,
          (r) => r.description,
        ),
      )
    }
  })

  it('translates words rather than copying English', () => {
    const centre = country.md_center.filter((r) => r.id === '10001')
    const names = new Set(centre.map((r) => r.name))
    expect(names.size).toBe(7)
    const region = country.md_location.filter((r) => r.code === 'R1')
    expect(new Set(region.map((r) => r.name)).size).toBe(7)
    const passport = country.md_document_type.filter((r) => r.code === 'PASSPORT')
    expect(new Set(passport.map((r) => r.name)).size).toBe(7)
  })

  it('spells Indic names with vowel signs and conjuncts (virama), not bare letters', () => {
    const hindi = country.md_location.filter((r) => r.lang_code === 'hin').map((r) => r.name)
    expect(hindi).toContain('चन्द्रपुर')
    expect(hindi.some((n) => n.includes('\u094D'))).toBe(true)
    const kannada = country.md_location.filter((r) => r.lang_code === 'kan').map((r) => r.name)
    expect(kannada.some((n) => n.includes('\u0CCD'))).toBe(true)
    // No sign may start a word: a dangling matra or virama means a broken spelling.
    for (const row of country.md_location) {
      for (const word of row.name.split(/[\s-]+/)) {
        expect(word, `${row.code} ${row.lang_code}`).not.toMatch(/^\p{M}/u)
      }
    }
  })

  it('has accented Latin names whose folded form drops the accents', () => {
    const eng = country.md_location.filter((r) => r.lang_code === 'eng')
    const sale = eng.find((r) => r.name === 'Salé')
    expect(sale?.level).toBe(3)
    expect(sale?.name_folded).toBe('sale')
    expect(eng.find((r) => r.name === 'Méknès-Côte')?.name_folded).toBe('meknes-cote')
    for (const row of country.md_location) expect(row.name_folded).toBe(foldForSearch(row.name))
  })

  it('builds the tree: levels 0–5, unique codes, postal codes of digits, a full closure', () => {
    const eng = country.md_location.filter((r) => r.lang_code === 'eng')
    const count = (level: number) => eng.filter((r) => r.level === level).length
    expect([count(0), count(1), count(2), count(3)]).toEqual([1, 4, 12, 36])
    expect(count(4)).toBeGreaterThanOrEqual(72)
    expect(count(5)).toBeGreaterThanOrEqual(count(4))
    expect(new Set(eng.map((r) => r.code)).size).toBe(eng.length)
    for (const postal of eng.filter((r) => r.level === 5)) expect(postal.name).toMatch(/^\d{5}$/)
    // Every location has one ancestor per level from 0 to its own, itself included.
    for (const place of eng) {
      const levels = country.md_location_ancestor
        .filter((a) => a.location_code === place.code)
        .map((a) => a.ancestor_level)
        .sort()
      expect(levels, place.code).toEqual(
        Array.from({ length: (place.level ?? 0) + 1 }, (_, i) => i),
      )
    }
  })

  it('places centres at postal codes of their zone, in their province for holidays', () => {
    const places = new Map(
      country.md_location.filter((r) => r.lang_code === 'eng').map((r) => [r.code, r]),
    )
    for (const centre of country.md_center.filter((r) => r.lang_code === 'eng')) {
      const postal = places.get(centre.location_code)
      expect(postal?.level).toBe(5)
      expect(postal?.parent_code).toBe(centre.zone_code)
      const city = places.get(places.get(centre.zone_code)?.parent_code ?? '')
      expect(city?.parent_code).toBe(centre.holiday_location_code)
      expect(places.get(centre.holiday_location_code)?.level).toBe(2)
    }
    const active = country.md_center.filter((r) => r.lang_code === 'eng' && r.is_active)
    expect(active.length).toBe(98)
  })

  it(`keeps at least ${DEMO_POINT_MIN_CENTRES} active centres within 2 km of each demo point`, () => {
    for (const seed of [1, 2, 20261127]) {
      const c = generateDemoCountry({ seed, centres: 100 })
      const active = new Set(c.md_center.filter((r) => r.is_active).map((r) => r.id))
      for (const point of DEMO_POINTS) {
        const near = c.md_center_geo.filter(
          (g) =>
            active.has(g.center_id) &&
            kmBetween(point.latitude, point.longitude, g.latitude, g.longitude) * 1000 <=
              DEMO_POINT_RADIUS_METERS,
        )
        expect(near.length, `${point.city} seed ${seed}`).toBeGreaterThanOrEqual(
          DEMO_POINT_MIN_CENTRES,
        )
      }
    }
  })

  it('opens most centres Monday to Friday, some on Saturday, a few close a weekday', () => {
    const open = new Map<string, string[]>()
    for (const w of country.md_center_working_day) {
      if (w.is_working) open.set(w.center_id, [...(open.get(w.center_id) ?? []), w.day_code])
    }
    const patterns = [...open.values()].map((days) => days.join(','))
    const weekdays = 'MON,TUE,WED,THU,FRI'
    expect(patterns.filter((p) => p === weekdays).length).toBeGreaterThan(50)
    expect(patterns.filter((p) => p === `${weekdays},SAT`).length).toBeGreaterThan(5)
    expect(patterns.filter((p) => p.split(',').length === 4).length).toBeGreaterThan(0)
    expect(patterns.every((p) => !p.includes('SUN'))).toBe(true)
  })

  it('links document types to categories, some types to several', () => {
    const links = country.md_valid_document
    const categories = new Set(links.map((l) => l.category_code))
    expect([...categories].sort()).toEqual(['POA', 'POB', 'POE', 'POI', 'POR'])
    for (const code of categories) {
      const n = links.filter((l) => l.category_code === code).length
      expect(n).toBeGreaterThanOrEqual(3)
      expect(n).toBeLessThanOrEqual(6)
    }
    expect(links.filter((l) => l.doc_type_code === 'PASSPORT').length).toBe(2)
  })
})
