import { useId, useState } from 'react'
import { useConfig } from '../config/ConfigContext.tsx'
import { selectLanguage } from '../i18n/i18n.ts'
import { isLangCode, LANGUAGE_CODES, languageInfo } from '../i18n/languages.ts'
import { useLanguage } from '../i18n/useLanguage.ts'
import { useTranslation } from '../i18n/useTranslation.ts'

/**
 * A labelled select of the offered languages, each in its own name and `lang`. Switching loads
 * the new strings and re-renders in place: no reload, nothing typed is lost.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation()
  const { state } = useConfig()
  const current = useLanguage()
  const id = useId()
  const [failed, setFailed] = useState(false)
  const offered = state.status === 'ready' ? state.settings.offeredLanguages : LANGUAGE_CODES
  const options = offered.includes(current.code) ? offered : [current.code, ...offered]
  if (options.length < 2) return null

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-switcher"
        value={current.code}
        onChange={(event) => {
          const code = event.target.value
          if (!isLangCode(code)) return
          setFailed(false)
          selectLanguage(code).catch(() => setFailed(true))
        }}
      >
        {options.map((code) => {
          const info = languageInfo(code)
          return (
            <option key={code} value={code} lang={info.locale}>
              {info.nativeName}
            </option>
          )
        })}
      </select>
      {failed ? (
        <p className="language-error" role="alert">
          {t('language.loadFailed')}
        </p>
      ) : null}
    </div>
  )
}
