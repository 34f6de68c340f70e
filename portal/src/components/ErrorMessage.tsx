import type { ReactNode } from 'react'
import { errorText, supportCode } from '../api/errors.ts'
import { BidiText, ltr } from '../i18n/bidi.tsx'
import { useLanguage } from '../i18n/useLanguage.ts'
import { useTranslation } from '../i18n/useTranslation.ts'

interface Props {
  error: unknown
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void
  id?: string
  /** What the resident can do about it (e.g. a link), after the message. */
  children?: ReactNode
}

/** A translated error with the support code beside it, never the raw code alone. */
export function ErrorMessage({ error, onRetry, id, children }: Props) {
  const { t } = useTranslation()
  const { locale } = useLanguage()
  const code = supportCode(error)
  return (
    <div className="message message-error" id={id} data-testid="error-message">
      <p>
        {errorText(t, error, locale)}
        {code ? (
          <>
            {' '}
            <span className="error-code">
              <BidiText text={t('errors.code', { code: ltr(code) })} />
            </span>
          </>
        ) : null}
      </p>
      {children}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
