import {
  LANGUAGE_CODES,
  type LangCode,
  type LanguageInfo,
  languageInfo,
  SOURCE_LANGUAGE,
} from './languages.ts'
import { useTranslation } from './useTranslation.ts'

/** The language being shown, with its metadata (locale for Intl, direction). */
export function useLanguage(): LanguageInfo & { code: LangCode } {
  const { language } = useTranslation()
  const code = LANGUAGE_CODES.find((c) => c === language) ?? SOURCE_LANGUAGE
  return { ...languageInfo(code), code }
}
