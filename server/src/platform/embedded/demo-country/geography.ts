import { ANCHOR_CITIES, COUNTRY_CODE, COUNTRY_NAME, REGIONS, STEMS, SUFFIXES } from './places.ts'
import type { Random } from './prng.ts'
import { fill, joinSpellings, type Spelling, same, spell, type Text7 } from './text.ts'
import { ZONE_KINDS } from './zones.ts'

/** One place of the location tree, before it is written out per language. */
export interface Place {
  code: string
  level: number
  parentCode: string | null
  name: Text7
}

export interface City extends Place {
  regionIndex: number
  provinceCode: string
  latitude: number
  longitude: number
  weight: number
  zones: Zone[]
}

export interface Zone extends Place {
  postalCodes: Place[]
}

export interface Geography {
  /** Every place, parents before children. */
  places: Place[]
  provinces: Place[]
  cities: City[]
}

const PROVINCES_PER_REGION = 3
const CITIES_PER_PROVINCE = 3
/** Cities are kept at least this far apart, so their centres do not mix. */
const MIN_CITY_GAP_KM = 25

/** The code of the city in `slot` [region, province, city], all 0-based. */
export function cityCode(region: number, province: number, city: number): string {
  return `R${region + 1}P${province + 1}C${city + 1}`
}

/** Builds the location tree: country → regions → provinces → cities → zones → postal codes. */
export function generateGeography(rng: Random): Geography {
  const names = new NameSource(
    rng,
    ANCHOR_CITIES.map((a) => a.name.lat),
  )
  const places: Place[] = [{ code: COUNTRY_CODE, level: 0, parentCode: null, name: COUNTRY_NAME }]
  const provinces: Place[] = []
  const cities: City[] = []

  REGIONS.forEach((region, r) => {
    const regionCode = `R${r + 1}`
    places.push({ code: regionCode, level: 1, parentCode: COUNTRY_CODE, name: region.name })
    const strip = (region.lon[1] - region.lon[0]) / PROVINCES_PER_REGION
    for (let p = 0; p < PROVINCES_PER_REGION; p++) {
      const province: Place = {
        code: `${regionCode}P${p + 1}`,
        level: 2,
        parentCode: regionCode,
        name: spell(names.next()),
      }
      places.push(province)
      provinces.push(province)
      const lonMin = region.lon[0] + p * strip
      for (let c = 0; c < CITIES_PER_PROVINCE; c++) {
        const anchor =
          c === 0 ? ANCHOR_CITIES.find((a) => a.slot[0] === r && a.slot[1] === p) : undefined
        let latitude: number
        let longitude: number
        if (anchor) {
          latitude = anchor.latitude
          longitude = anchor.longitude
        } else {
          ;[latitude, longitude] = freeSpot(rng, cities, region.lat, [lonMin, lonMin + strip])
        }
        const city: City = {
          code: cityCode(r, p, c),
          level: 3,
          parentCode: province.code,
          name: spell(anchor ? anchor.name : names.next()),
          regionIndex: r,
          provinceCode: province.code,
          latitude,
          longitude,
          weight: anchor?.weight ?? 1,
          zones: [],
        }
        places.push(city)
        cities.push(city)
        addZones(rng, city, places, `${r + 1}${p + 1}${c + 1}`)
      }
    }
  })
  return { places, provinces, cities }
}

function addZones(rng: Random, city: City, places: Place[], postalPrefix: string): void {
  const kinds = [0]
  const zoneCount = rng.chance(0.5) ? 3 : 2
  while (kinds.length < zoneCount) {
    const kind = rng.int(1, ZONE_KINDS.length - 1)
    if (!kinds.includes(kind)) kinds.push(kind)
  }
  kinds.forEach((kind, z) => {
    const template = ZONE_KINDS[kind]
    if (!template) throw new Error(`no zone kind ${kind}`)
    const zone: Zone = {
      code: `${city.code}Z${z + 1}`,
      level: 4,
      parentCode: city.code,
      name: fill(template, city.name),
      postalCodes: [],
    }
    places.push(zone)
    city.zones.push(zone)
    const postalCount = rng.chance(0.5) ? 2 : 1
    for (let k = 0; k < postalCount; k++) {
      const digits = `${postalPrefix}${z + 1}${k + 1}`
      const postal: Place = { code: digits, level: 5, parentCode: zone.code, name: same(digits) }
      places.push(postal)
      zone.postalCodes.push(postal)
    }
  })
}

/** A random point in the box, at least MIN_CITY_GAP_KM from every city placed so far. */
function freeSpot(
  rng: Random,
  cities: City[],
  lat: [number, number],
  lon: [number, number],
): [number, number] {
  const margin = 0.15
  let best: [number, number] = [0, 0]
  for (let attempt = 0; attempt < 50; attempt++) {
    const la = round6(lat[0] + margin + rng.next() * (lat[1] - lat[0] - 2 * margin))
    const lo = round6(lon[0] + margin + rng.next() * (lon[1] - lon[0] - 2 * margin))
    best = [la, lo]
    if (cities.every((c) => kmBetween(la, lo, c.latitude, c.longitude) >= MIN_CITY_GAP_KM)) break
  }
  return best
}

/** Great-circle distance (haversine), in kilometres. */
export function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(a))
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

/** Draws place names (stem + suffix), never the same Latin name twice. */
class NameSource {
  private readonly used: Set<string>
  private readonly rng: Random
  constructor(rng: Random, reserved: string[]) {
    this.rng = rng
    this.used = new Set(reserved)
  }
  next(): Spelling {
    for (;;) {
      const name = joinSpellings([this.rng.pick(STEMS), this.rng.pick(SUFFIXES)])
      if (this.used.has(name.lat)) continue
      this.used.add(name.lat)
      return name
    }
  }
}
