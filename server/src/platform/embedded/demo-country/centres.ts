import type { Insertable } from 'kysely'
import type { MasterdataTables } from '../masterdata/tables.ts'
import { DAYS } from './calendar.ts'
import {
  CENTRE_NAME,
  CITY_LINE,
  FAMILY_NAMES,
  GIVEN_NAMES,
  STREET_LINE,
  STREETS,
  TIME_ZONE,
} from './centre-text.ts'
import { type City, type Geography, round6 } from './geography.ts'
import { DEMO_POINT_MIN_CENTRES, DEMO_POINTS } from './points.ts'
import type { Random } from './prng.ts'
import { DEMO_LANGS, type Text7 } from './text.ts'

type Rows<T extends keyof MasterdataTables> = Insertable<MasterdataTables[T]>[]

export interface CentreRows {
  md_center: Rows<'md_center'>
  md_center_geo: Rows<'md_center_geo'>
  md_center_working_day: Rows<'md_center_working_day'>
}

/** Centres guaranteed close to each demo point (the first anchor cities). */
const DEMO_CITY_COUNT = DEMO_POINTS.length
const DEMO_CITY_CENTRES = DEMO_POINT_MIN_CENTRES
const FIRST_ID = 10001
const CREATED_FROM = Date.UTC(2024, 0, 15, 8, 0, 0)
const METRES_PER_DEGREE = 111_320

/** Rows in primary-key order (id, lang_code) insert markedly faster into the B-tree. */
const LANGS_IN_KEY_ORDER = [...DEMO_LANGS].sort()

const HOURS: { weight: number; start: string; end: string; span: string }[] = [
  { weight: 6, start: '09:00:00', end: '17:00:00', span: '8:00:00' },
  { weight: 2, start: '08:00:00', end: '16:00:00', span: '8:00:00' },
  { weight: 2, start: '08:30:00', end: '17:30:00', span: '9:00:00' },
]
const LUNCH: { weight: number; start: string; end: string }[] = [
  { weight: 12, start: '13:00:00', end: '14:00:00' },
  { weight: 5, start: '12:30:00', end: '13:30:00' },
  { weight: 3, start: '12:00:00', end: '13:00:00' },
]

/**
 * Registration centres around the cities: the first few sit within 2 km of the demo points, the rest are drawn by city weight (the capital gets most) within about 5 km.
 */
export function generateCentres(rng: Random, geography: Geography, count: number): CentreRows {
  const rows: CentreRows = { md_center: [], md_center_geo: [], md_center_working_day: [] }
  const cities = geography.cities
  const weights = cities.map((c) => c.weight)
  const perCity = new Map<string, number>()
  const guaranteed = DEMO_CITY_COUNT * DEMO_CITY_CENTRES
  const inactive = count > 20 ? new Set([Math.floor(count / 2), count - 1]) : new Set<number>()

  for (let i = 0; i < count; i++) {
    const demo = i < guaranteed
    const city = demo ? demoCity(cities, i % DEMO_CITY_COUNT) : pickCity(rng, cities, weights)
    const number = (perCity.get(city.code) ?? 0) + 1
    perCity.set(city.code, number)
    const id = String(FIRST_ID + i)

    const distance = demo ? 250 + rng.next() * 1500 : 300 + 4700 * rng.next() ** 1.3
    const bearing = rng.next() * 2 * Math.PI
    const latitude = round6(city.latitude + (distance * Math.cos(bearing)) / METRES_PER_DEGREE)
    const longitude = round6(
      city.longitude +
        (distance * Math.sin(bearing)) /
          (METRES_PER_DEGREE * Math.cos((city.latitude * Math.PI) / 180)),
    )
    rows.md_center_geo.push({ center_id: id, latitude, longitude })

    const zone = rng.pick(city.zones)
    const postal = rng.pick(zone.postalCodes)
    const hours = HOURS[rng.weighted(HOURS.map((h) => h.weight))] ?? HOURS[0]
    const lunch = LUNCH[rng.weighted(LUNCH.map((l) => l.weight))] ?? LUNCH[0]
    if (!hours || !lunch) throw new Error('hour tables are empty')
    const given = rng.pick(GIVEN_NAMES)
    const family = rng.pick(FAMILY_NAMES)
    const street = rng.pick(STREETS)
    const house = rng.int(1, 250)
    const phone = `0${city.regionIndex + 2}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
    const kiosks = rng.int(1, 8)
    const createdAt = new Date(CREATED_FROM + i * 37 * 60_000)
    const person: Text7 = {
      eng: `${given.lat} ${family.lat}`,
      fra: `${given.lat} ${family.lat}`,
      spa: `${given.lat} ${family.lat}`,
      ara: `${given.arab} ${family.arab}`,
      hin: `${given.deva} ${family.deva}`,
      kan: `${given.knda} ${family.knda}`,
      tam: `${given.taml} ${family.taml}`,
    }

    for (const lang of LANGS_IN_KEY_ORDER) {
      const cityName = city.name[lang]
      rows.md_center.push({
        id,
        lang_code: lang,
        name: CENTRE_NAME[lang](cityName, number).normalize('NFC'),
        center_type_code: 'REG',
        address_line1: STREET_LINE[lang](street[lang], house).normalize('NFC'),
        address_line2: zone.name[lang].normalize('NFC'),
        address_line3: CITY_LINE[lang](cityName, postal.code).normalize('NFC'),
        contact_phone: phone,
        contact_person: person[lang].normalize('NFC'),
        working_hours: hours.span,
        number_of_kiosks: kiosks,
        per_kiosk_process_time: '00:15:00',
        center_start_time: hours.start,
        center_end_time: hours.end,
        lunch_start_time: lunch.start,
        lunch_end_time: lunch.end,
        time_zone: TIME_ZONE[lang].normalize('NFC'),
        location_code: postal.code,
        holiday_location_code: city.provinceCode,
        zone_code: zone.code,
        is_active: !inactive.has(i),
        created_at: createdAt,
      })
    }

    const open = openDays(rng)
    for (const day of DAYS) {
      rows.md_center_working_day.push({
        center_id: id,
        day_code: day.code,
        is_working: open.has(day.code),
      })
    }
  }
  return rows
}

/** Most centres open Monday–Friday, some Monday–Saturday, a few close one weekday. */
function openDays(rng: Random): Set<string> {
  const weekdays = ['MON', 'TUE', 'WED', 'THU', 'FRI']
  const roll = rng.next()
  if (roll < 0.7) return new Set(weekdays)
  if (roll < 0.9) return new Set([...weekdays, 'SAT'])
  const closed = rng.pick(weekdays)
  return new Set(weekdays.filter((d) => d !== closed))
}

function demoCity(cities: City[], index: number): City {
  const city = cities.find((c) => c.code === DEMO_POINTS[index]?.cityCode)
  if (!city) throw new Error(`demo city ${index} missing`)
  return city
}

function pickCity(rng: Random, cities: City[], weights: number[]): City {
  const city = cities[rng.weighted(weights)]
  if (!city) throw new Error('no cities')
  return city
}
