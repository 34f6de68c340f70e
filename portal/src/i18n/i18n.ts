import {
  chooseLanguage,
  LANGUAGE_CODES,
  type LangCode,
  languageInfo,
  SOURCE_LANGUAGE,
} from './languages.ts'
import { readStoredLanguage, storeLanguage } from './storage.ts'
import { createTranslator, type Tree } from './translator.ts'

/**
 * Loads one language's strings on demand. The template import lets Vite emit one chunk per
 * language, so a resident downloads only the language they read. The first page needs only
 * `translation` (`locales/{lang}.json`); pages with many strings of their own keep them in a
 * namespace, `locales/{namespace}/{namespace}.{lang}.json` (named so that its chunks are told
 * apart from the first page's `{lang}-…js`), loaded with the page (see `loadNamespace`).
 */
const translator = createTranslator({
  load: (language, namespace) =>
    (namespace === 'translation'
      ? import(`../locales/${language}.json`)
      : import(`../locales/${namespace}/${namespace}.${language}.json`)
    ).then((module: { default: Tree }) => module.default),
})

/** Sets `<html lang dir>` from the language metadata. */
export function applyDocumentLanguage(code: LangCode): void {
  const info = languageInfo(code)
  document.documentElement.lang = info.locale
  document.documentElement.dir = info.direction
}

export function browserLanguageTags(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}

/** Before the configuration arrives, every shipped language counts as offered. */
const initialLanguage = chooseLanguage({
  stored: readStoredLanguage(),
  browser: browserLanguageTags(),
  offered: LANGUAGE_CODES,
  mandatory: [SOURCE_LANGUAGE],
})

translator.onLanguageChanged((lng) => {
  const code = LANGUAGE_CODES.find((c) => c === lng)
  if (code) applyDocumentLanguage(code)
})

// Every key exists in every language (a test checks), so no fallback file is loaded. React
// escapes text itself, so the strings are not HTML-escaped here.
export const i18nReady = translator.changeLanguage(initialLanguage)

export function currentLanguage(): LangCode {
  return LANGUAGE_CODES.find((c) => c === translator.language) ?? SOURCE_LANGUAGE
}

/** The choice made on this page, kept in memory too for when storage does not work. */
let sessionChoice: LangCode | undefined

export function sessionLanguageChoice(): string | null {
  return sessionChoice ?? readStoredLanguage()
}

/** A resident's explicit choice: switch without reloading and remember it. */
export async function selectLanguage(code: LangCode): Promise<void> {
  sessionChoice = code
  storeLanguage(code)
  await translator.changeLanguage(code)
}

/** A switch the portal makes itself (e.g. the language is not offered); not remembered. */
export async function switchLanguage(code: LangCode): Promise<void> {
  if (currentLanguage() !== code) await translator.changeLanguage(code)
}

/**
 * Loads a namespace of strings in the current language (later language switches load it too);
 * rejects when it could not be loaded, so a page never renders raw keys.
 */
export async function loadNamespace(namespace: string): Promise<void> {
  await i18nReady
  await translator.loadNamespace(namespace)
  if (!translator.hasResourceBundle(currentLanguage(), namespace)) {
    throw new Error(`Strings "${namespace}" could not be loaded`)
  }
}

export { translator }
