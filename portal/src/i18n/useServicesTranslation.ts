import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { i18next } from './i18n.ts'
import { useTranslation } from './useTranslation.ts'

export type ServicesT = TFunction<['translation', 'services']>

/**
 * `useTranslation` for the pages with their own `services` strings: keys prefixed `services:` for
 * those, plain keys for the main ones. The page's route loads the namespace before rendering.
 */
export function useServicesTranslation(): { t: ServicesT; language: string } {
  const { language } = useTranslation()
  const t = useMemo(
    () => i18next.getFixedT(language, ['translation', 'services'] as const),
    [language],
  )
  return { t, language }
}
