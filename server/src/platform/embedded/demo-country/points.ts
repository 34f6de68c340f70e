import { cityCode } from './geography.ts'
import { ANCHOR_CITIES } from './places.ts'

export interface DemoPoint {
  /** The city's name in English (Latin script). */
  city: string
  cityCode: string
  latitude: number
  longitude: number
}

/**
 * City centres where "centres near me" finds something: standing at any of these points, at
 * least `DEMO_POINT_MIN_CENTRES` active centres lie within `DEMO_POINT_RADIUS_METERS`, whatever
 * the seed, once the country has 3 × DEMO_POINT_MIN_CENTRES centres or more.
 */
export const DEMO_POINTS: DemoPoint[] = ANCHOR_CITIES.slice(0, 3).map((a) => ({
  city: a.name.lat,
  cityCode: cityCode(a.slot[0], a.slot[1], 0),
  latitude: a.latitude,
  longitude: a.longitude,
}))
export const DEMO_POINT_MIN_CENTRES = 3
export const DEMO_POINT_RADIUS_METERS = 2000
