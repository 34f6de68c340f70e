import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { translator } from './i18n.ts'
import { useTranslation } from './useTranslation.ts'

/** The namespaces of strings that load with their pages (`locales/{ns}/{ns}.{lang}.json`). */
export type PageNamespace = 'services' | 'centres'

export type PageT<N extends PageNamespace> = TFunction<['translation', N]>
export type ServicesT = PageT<'services'>

/**
 * `useTranslation` for a page with strings of its own: keys prefixed `services:` (or
 * `centres:`) for those, plain keys for the main ones. The page's route loads the namespace
 * before rendering.
 */
export function usePageTranslation<N extends PageNamespace>(
  namespace: N,
): { t: PageT<N>; language: string } {
  const { language } = useTranslation()
  const t = useMemo(
    () => translator.getFixedT(language, ['translation', namespace]) as unknown as PageT<N>,
    [language, namespace],
  )
  return { t, language }
}

/** The Get my UIN, Verify, Track and development mailbox pages' strings. */
export const useServicesTranslation = () => usePageTranslation('services')

/** The registration centres page's strings. */
export const useCentresTranslation = () => usePageTranslation('centres')
