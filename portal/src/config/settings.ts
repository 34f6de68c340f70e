import type { UiProperties } from '../api/config.ts'
import { type LangCode, offeredLanguages, parseLanguageList } from '../i18n/languages.ts'

/** The ui-properties the portal uses, typed, with MOSIP's defaults where a value is missing. */
export interface Settings {
  mandatoryLanguages: LangCode[]
  offeredLanguages: LangCode[]
  nearbyDistanceMeters: number
  /** Address of the pre-registration portal; undefined when not configured. */
  preRegistrationUrl: string | undefined
  /** All ui-properties, for pages that read settings of their own (parsed in their chunk). */
  properties: UiProperties
}

/** MOSIP's default radius for "centres near me". */
export const DEFAULT_NEARBY_METERS = 2000

export function positiveNumber(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  return Number.isFinite(n) && n > 0 ? n : undefined
}

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function settingsFrom(properties: UiProperties): Settings {
  const mandatory = properties['mosip.mandatory-languages']
  const optional = properties['mosip.optional-languages']
  return {
    mandatoryLanguages: parseLanguageList(mandatory),
    offeredLanguages: offeredLanguages(mandatory, optional),
    nearbyDistanceMeters:
      positiveNumber(properties['resident.nearby.centers.distance.meters']) ??
      DEFAULT_NEARBY_METERS,
    // Our key first, then the one MOSIP's resident-ui reads.
    preRegistrationUrl:
      httpUrl(properties['mosip.resident.prereg.url']) ??
      httpUrl(properties['mosip-prereg-ui-url']),
    properties,
  }
}

/** Link into the pre-registration portal in the given language (MOSIP's `#/{lang}` form). */
export function preRegistrationLink(base: string, lang: LangCode): string {
  const url = new URL(base)
  url.hash = `#/${lang}`
  return url.href
}
