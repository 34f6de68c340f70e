/**
 * Every language the portal can show, in one place. Direction, locale and native name come from
 * here; no code anywhere compares a language code with a particular value to decide direction.
 */

export type Direction = 'ltr' | 'rtl'

export interface LanguageInfo {
  /** MOSIP's three-letter code, used in API paths, storage and the translation file name. */
  code: string
  /** The language's own name for itself, shown in the language switcher. */
  nativeName: string
  /** BCP-47 tag for `<html lang>`, Intl formatting and screen readers. */
  locale: string
  direction: Direction
}

export const LANGUAGES = [
  { code: 'eng', nativeName: 'English', locale: 'en', direction: 'ltr' },
  { code: 'fra', nativeName: 'Français', locale: 'fr', direction: 'ltr' },
  { code: 'ara', nativeName: 'العربية', locale: 'ar', direction: 'rtl' },
  { code: 'hin', nativeName: 'हिन्दी', locale: 'hi', direction: 'ltr' },
  { code: 'kan', nativeName: 'ಕನ್ನಡ', locale: 'kn', direction: 'ltr' },
  { code: 'tam', nativeName: 'தமிழ்', locale: 'ta', direction: 'ltr' },
  { code: 'spa', nativeName: 'Español', locale: 'es', direction: 'ltr' },
] as const satisfies readonly LanguageInfo[]

export type LangCode = (typeof LANGUAGES)[number]['code']

export const LANGUAGE_CODES: readonly LangCode[] = LANGUAGES.map((l) => l.code)

/** The language of the source strings; every other file is checked against it. */
export const SOURCE_LANGUAGE: LangCode = 'eng'

export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value)
}

export function languageInfo(code: LangCode): LanguageInfo {
  const info = LANGUAGES.find((l) => l.code === code)
  if (!info) throw new Error(`Unknown language ${code}`)
  return info
}

/** Parses a comma-separated MOSIP language list ("eng, fra") into known codes, in order. */
export function parseLanguageList(value: unknown): LangCode[] {
  if (typeof value !== 'string') return []
  return value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(isLangCode)
}

/**
 * The languages the deployment offers: mandatory then optional, deduplicated, unknown codes
 * dropped. Falls back to every language we ship when the lists are empty or missing.
 */
export function offeredLanguages(mandatory: unknown, optional: unknown): LangCode[] {
  const list = [...parseLanguageList(mandatory), ...parseLanguageList(optional)]
  const unique = [...new Set(list)]
  return unique.length > 0 ? unique : [...LANGUAGE_CODES]
}

/**
 * Maps browser language tags (navigator.languages, e.g. "fr-CA", "ar", "en-GB") to our codes,
 * best first, keeping only the ones in `offered`.
 */
export function browserLanguages(
  tags: readonly string[],
  offered: readonly LangCode[],
): LangCode[] {
  const found: LangCode[] = []
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? ''
    const match = LANGUAGES.find((l) => l.locale === primary || l.code === primary)
    if (match && offered.includes(match.code) && !found.includes(match.code)) found.push(match.code)
  }
  return found
}

/**
 * Which language to show: the remembered choice if still offered, else the best browser
 * language that is offered, else the first mandatory language (else the first offered one).
 */
export function chooseLanguage(options: {
  stored: string | null
  browser: readonly string[]
  offered: readonly LangCode[]
  mandatory: readonly LangCode[]
}): LangCode {
  const { stored, browser, offered, mandatory } = options
  if (isLangCode(stored) && offered.includes(stored)) return stored
  const fromBrowser = browserLanguages(browser, offered)[0]
  if (fromBrowser) return fromBrowser
  const firstMandatory = mandatory.find((code) => offered.includes(code))
  return firstMandatory ?? offered[0] ?? SOURCE_LANGUAGE
}
