import { COUNTRY_CODE } from '@resident/server/demo'
import { Api, type Centre, type Level, type Location } from './api.ts'

/**
 * Real search inputs found at run time by asking the server, so the tests follow the demo
 * country's data instead of hard-coding names. Each is looked up once per run and shared by the
 * browsers. Only the root of the location tree comes from the seed (no API lists it).
 */

export interface NameSearch {
  lang: string
  level: Level
  location: Location
  totalItems: number
  totalPages: number
}

export interface NearbyPoint {
  latitude: number
  longitude: number
  distanceMeters: number
  /** What the API answers for this point, nearest first. */
  centres: Centre[]
}

const memo = new Map<string, Promise<unknown>>()
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let value = memo.get(key) as Promise<T> | undefined
  if (!value) {
    value = make()
    memo.set(key, value)
  }
  return value
}

async function levelAt(api: Api, lang: string, hierarchyLevel: number): Promise<Level> {
  const level = (await api.levels(lang)).find((l) => l.hierarchyLevel === hierarchyLevel)
  if (!level) throw new Error(`no location level ${hierarchyLevel} in ${lang}`)
  return level
}

/** The same place's name in another language. */
async function translate(
  api: Api,
  place: Location,
  parentCode: string,
  lang: string,
): Promise<Location> {
  const match = (await api.children(parentCode, lang)).find((l) => l.code === place.code)
  if (!match) throw new Error(`location ${place.code} has no ${lang} name`)
  return match
}

/** A region (level 1) with more centres than one page of `pageSize`, named in `lang`. */
export function regionWithManyCentres(
  baseUrl: string,
  lang: string,
  pageSize = 10,
): Promise<NameSearch> {
  return once(`region:${lang}:${pageSize}`, async () => {
    const api = new Api(baseUrl)
    const level = await levelAt(api, lang, 1)
    for (const region of await api.children(COUNTRY_CODE, lang)) {
      const page = await api.centrePage(lang, 1, region.name, 0, pageSize)
      if (page.totalPages >= 2) {
        return {
          lang,
          level,
          location: region,
          totalItems: page.totalItems,
          totalPages: page.totalPages,
        }
      }
    }
    throw new Error(`no region has more than ${pageSize} centres in ${lang}`)
  })
}

/** A city (level 3) with at least one centre, named in `lang` (walks region → province → city). */
export function cityWithCentres(baseUrl: string, lang: string): Promise<NameSearch> {
  return once(`city:${lang}`, async () => {
    const api = new Api(baseUrl)
    const level = await levelAt(api, lang, 3)
    for (const region of await api.children(COUNTRY_CODE, 'eng')) {
      for (const province of await api.children(region.code, 'eng')) {
        for (const city of await api.children(province.code, 'eng')) {
          const named = lang === 'eng' ? city : await translate(api, city, province.code, lang)
          const page = await api.centrePage(lang, 3, named.name, 0, 10)
          if (page.totalItems > 0) {
            return {
              lang,
              level,
              location: named,
              totalItems: page.totalItems,
              totalPages: page.totalPages,
            }
          }
        }
      }
    }
    throw new Error(`no city has centres in ${lang}`)
  })
}

/** The portal rounds the position to 4 decimals before asking; so do we. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4

/**
 * A point (a centre's own coordinates) with at least two centres within the configured distance,
 * so "nearest first" means something.
 */
export function crowdedPoint(baseUrl: string, lang: string): Promise<NearbyPoint> {
  return once(`near:${lang}`, async () => {
    const api = new Api(baseUrl)
    const distanceMeters = Number(
      (await api.uiProperties())['resident.nearby.centers.distance.meters'] ?? 2000,
    )
    const region = await regionWithManyCentres(baseUrl, 'eng')
    for (let p = 0; p < region.totalPages; p++) {
      const page = await api.centrePage('eng', 1, region.location.name, p, 10)
      for (const centre of page.data) {
        const latitude = round4(Number(centre.latitude))
        const longitude = round4(Number(centre.longitude))
        if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) continue
        // No centre nearby: an empty list here, MOSIP answers with an error envelope; both mean none.
        const centres = await api.nearby(lang, longitude, latitude, distanceMeters).catch(() => [])
        if (centres.length >= 2) return { latitude, longitude, distanceMeters, centres }
      }
    }
    throw new Error(`no centre has another centre within ${distanceMeters} m`)
  })
}
