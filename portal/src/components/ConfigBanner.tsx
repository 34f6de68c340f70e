import { useConfig } from '../config/ConfigContext.tsx'
import { useTranslation } from '../i18n/useTranslation.ts'

/** Tells the resident when the settings could not be loaded, with a way to try again. */
export function ConfigBanner() {
  const { t } = useTranslation()
  const { state, retry } = useConfig()
  return (
    <div aria-live="polite" className="config-banner-region">
      {state.status === 'error' ? (
        <div className="message message-warning" data-testid="config-error">
          <p>{t('config.error')}</p>
          <button type="button" className="button button-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
