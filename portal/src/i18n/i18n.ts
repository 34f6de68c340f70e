import i18next, { type BackendModule, type ResourceKey } from 'i18next'
import {
  chooseLanguage,
  LANGUAGE_CODES,
  type LangCode,
  languageInfo,
  SOURCE_LANGUAGE,
} from './languages.ts'
import { readStoredLanguage, storeLanguage } from './storage.ts'

/**
 * Loads one language's strings on demand. The template import lets Vite emit one chunk per
 * language, so a resident downloads only the language they read. The first page needs only
 * `translation` (`locales/{lang}.json`); pages with many strings of their own keep them in a
 * namespace, `locales/{namespace}/{namespace}.{lang}.json` (named so that its chunks are told
 * apart from the first page's `{lang}-…js`), loaded with the page (see `loadNamespace`).
 */
const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load =
      namespace === 'translation'
        ? import(`../locales/${language}.json`)
        : import(`../locales/${namespace}/${namespace}.${language}.json`)
    load
      .then((module: { default: ResourceKey }) => callback(null, module.default))
      // `true` lets i18next retry a failed download a few times (slow or flaky networks).
      .catch((error: unknown) => callback(error as Error, true))
  },
}

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

i18next.on('languageChanged', (lng) => {
  const code = LANGUAGE_CODES.find((c) => c === lng)
  if (code) applyDocumentLanguage(code)
})

export const i18nReady = i18next.use(lazyLocales).init({
  lng: initialLanguage,
  // Every key exists in every language (a test checks), so no fallback file is loaded.
  fallbackLng: false,
  supportedLngs: [...LANGUAGE_CODES],
  load: 'currentOnly',
  ns: ['translation'],
  defaultNS: 'translation',
  // React escapes text itself.
  interpolation: { escapeValue: false },
})

export function currentLanguage(): LangCode {
  const lng = i18next.resolvedLanguage ?? i18next.language
  return LANGUAGE_CODES.find((c) => c === lng) ?? SOURCE_LANGUAGE
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
  await i18next.changeLanguage(code)
}

/** A switch the portal makes itself (e.g. the language is not offered); not remembered. */
export async function switchLanguage(code: LangCode): Promise<void> {
  if (currentLanguage() !== code) await i18next.changeLanguage(code)
}

/**
 * Loads a namespace of strings in the current language (later language switches load it too);
 * rejects when it could not be loaded, so a page never renders raw keys.
 */
export async function loadNamespace(namespace: string): Promise<void> {
  await i18nReady
  await i18next.loadNamespaces(namespace)
  if (!i18next.hasResourceBundle(currentLanguage(), namespace)) {
    throw new Error(`Strings "${namespace}" could not be loaded`)
  }
}

export { i18next }
