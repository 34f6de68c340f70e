import { isLangCode, type LangCode } from '../../../i18n/languages.ts'
import { SEARCH_LEVELS } from '../api.ts'
import { isSearchableText } from './format.ts'

export const PAGE_SIZES = [5, 10, 15, 20] as const
export const DEFAULT_PAGE_SIZE = 10

/**
 * A centre search as it appears in the address bar: `?level=3&text=Rabat&in=eng&page=2&size=10`.
 * `in` is the language the text was typed in, so the same place is still found (and shown in
 * the new language) after the resident switches language.
 */
export interface SearchQuery {
  level: number
  text: string
  /** The language `text` is written in; absent in links made before it existed. */
  textLang?: LangCode
  /** One-based, as shown to residents. */
  page: number
  size: number
}

function intParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name)
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined
  return Number(raw)
}

/** The search in the URL, or undefined when there is none (or it is not a valid one). */
export function readSearchQuery(params: URLSearchParams): SearchQuery | undefined {
  const level = intParam(params, 'level')
  const text = (params.get('text') ?? '').trim()
  if (level === undefined || level < SEARCH_LEVELS.min || level > SEARCH_LEVELS.max)
    return undefined
  if (!isSearchableText(text)) return undefined
  const textLang = params.get('in')
  const page = Math.max(1, intParam(params, 'page') ?? 1)
  const sizeParam = intParam(params, 'size')
  const size = PAGE_SIZES.find((s) => s === sizeParam) ?? DEFAULT_PAGE_SIZE
  return { level, text, ...(isLangCode(textLang) ? { textLang } : {}), page, size }
}

export function writeSearchQuery(query: SearchQuery): URLSearchParams {
  return new URLSearchParams({
    level: String(query.level),
    text: query.text,
    ...(query.textLang ? { in: query.textLang } : {}),
    page: String(query.page),
    size: String(query.size),
  })
}
