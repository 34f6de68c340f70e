import { COUNTRY_CODE } from '../../src/platform/embedded/demo-country/places.ts'
import type { Location, MasterdataPort, RegistrationCenter } from '../../src/platform/masterdata.ts'

/** Points of the demo country with the city and centres near each. */
export { DEMO_POINTS } from '../../src/platform/embedded/demo-country/points.ts'

/**
 * Independent answers about the demo country, read through the masterdata port (never its
 * tables): feature tests compare the API with these.
 */

/** Every location at `level` (1 region … 5 postal code), walking down from the country. */
export async function locationsAtLevel(
  masterdata: MasterdataPort,
  level: number,
  lang: string,
): Promise<Location[]> {
  let current = [COUNTRY_CODE]
  let found: Location[] = []
  for (let depth = 1; depth <= level; depth++) {
    found = (
      await Promise.all(current.map((code) => masterdata.immediateChildren(code, lang)))
    ).flat()
    current = found.map((location) => location.code)
  }
  return found.sort((a, b) => a.code.localeCompare(b.code))
}

/** A location's code and every code below it. */
export async function codesWithin(
  masterdata: MasterdataPort,
  code: string,
  lang: string,
): Promise<Set<string>> {
  const codes = new Set([code])
  let frontier = [code]
  while (frontier.length > 0) {
    const children = (
      await Promise.all(frontier.map((c) => masterdata.immediateChildren(c, lang)))
    ).flat()
    frontier = children.map((child) => child.code).filter((c) => !codes.has(c))
    for (const c of frontier) codes.add(c)
  }
  return codes
}

/** Every active centre of the country, whatever its distance from anywhere. */
export function allCentres(
  masterdata: MasterdataPort,
  lang: string,
): Promise<RegistrationCenter[]> {
  return masterdata.nearbyCentres(lang, 0, 0, 40_000_000, 100_000)
}
