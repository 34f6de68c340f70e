import type { TFunction } from 'i18next'
import { useMemo, useSyncExternalStore } from 'react'
import { translator } from './i18n.ts'

const subscribe = (onChange: () => void) => translator.onLanguageChanged(onChange)
const currentLng = () => translator.language

/**
 * React binding for the translator: re-renders on language change and returns a `t` fixed to the
 * language (typed keys from eng.json). A few lines instead of react-i18next keep the first page
 * inside its weight budget; strings are loaded before the first render (see main.tsx).
 */
export function useTranslation(): { t: TFunction; language: string } {
  const language = useSyncExternalStore(subscribe, currentLng, currentLng)
  // Typed by i18next's `TFunction` (keys checked by tsc); the translator does the work.
  const t = useMemo(() => translator.getFixedT(language) as unknown as TFunction, [language])
  return { t, language }
}
