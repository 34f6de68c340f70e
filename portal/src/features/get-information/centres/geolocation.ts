/** The browser's position as a promise, asked for only when the resident presses the button. */

export type GeoFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported'

export class GeoError extends Error {
  readonly reason: GeoFailure
  constructor(reason: GeoFailure) {
    super(`Geolocation failed: ${reason}`)
    this.name = 'GeoError'
    this.reason = reason
  }
}

export interface Point {
  latitude: number
  longitude: number
}

/** 4 decimals ≈ 11 m: precise enough to rank centres, no more precise than that. */
const round = (value: number) => Math.round(value * 1e4) / 1e4

export function currentPosition(geolocation?: Geolocation): Promise<Point> {
  const geo = geolocation ?? (typeof navigator === 'undefined' ? undefined : navigator.geolocation)
  if (!geo) return Promise.reject(new GeoError('unsupported'))
  return new Promise((resolve, reject) => {
    geo.getCurrentPosition(
      (position) =>
        resolve({
          latitude: round(position.coords.latitude),
          longitude: round(position.coords.longitude),
        }),
      (error) => {
        // GeolocationPositionError codes: 1 denied, 2 unavailable, 3 timeout.
        const reason: GeoFailure =
          error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable'
        reject(new GeoError(reason))
      },
      // A press means "where am I now": no cached position. Network location is enough here.
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 0 },
    )
  })
}
