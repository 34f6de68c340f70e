import { useEffect } from 'react'
import { useConfig } from '../config/ConfigContext.tsx'
import { browserLanguageTags, sessionLanguageChoice, switchLanguage } from '../i18n/i18n.ts'
import { chooseLanguage } from '../i18n/languages.ts'

/**
 * Once the deployment's languages are known, makes sure the language shown is one it offers:
 * the resident's choice if offered, else their browser's, else the first mandatory language.
 */
export function LanguageSync() {
  const { state } = useConfig()
  useEffect(() => {
    if (state.status !== 'ready') return
    const { offeredLanguages, mandatoryLanguages } = state.settings
    const target = chooseLanguage({
      stored: sessionLanguageChoice(),
      browser: browserLanguageTags(),
      offered: offeredLanguages,
      mandatory: mandatoryLanguages,
    })
    void switchLanguage(target).catch(() => {})
  }, [state])
  return null
}
