import { errorText, supportCode } from '../api/errors.ts'
import { useTranslation } from '../i18n/useTranslation.ts'

interface Props {
  error: unknown
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void
  id?: string
}

/** A translated error with the support code beside it, never the raw code alone. */
export function ErrorMessage({ error, onRetry, id }: Props) {
  const { t } = useTranslation()
  const code = supportCode(error)
  return (
    <div className="message message-error" id={id} data-testid="error-message">
      <p>
        {errorText(t, error)}
        {code ? (
          <>
            {' '}
            <span className="error-code">{t('errors.code', { code })}</span>
          </>
        ) : null}
      </p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
