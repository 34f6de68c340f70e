import type { TFunction } from 'i18next'
import { useMemo, useSyncExternalStore } from 'react'
import { i18next } from './i18n.ts'

const subscribe = (onChange: () => void) => {
  i18next.on('languageChanged', onChange)
  return () => i18next.off('languageChanged', onChange)
}
const currentLng = () => i18next.language

/**
 * React binding for i18next: re-renders on language change and returns a `t` fixed to the
 * language (typed keys from eng.json). A few lines instead of react-i18next keep the first page
 * inside its weight budget; strings are loaded before the first render (see main.tsx).
 */
export function useTranslation(): { t: TFunction; language: string } {
  const language = useSyncExternalStore(subscribe, currentLng, currentLng)
  const t = useMemo(() => i18next.getFixedT(language), [language])
  return { t, language }
}
