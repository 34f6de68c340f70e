import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { StatusIcon } from '../StatusIcon.tsx'
import type { CaptchaControl } from './useCaptcha.ts'

interface Props {
  control: CaptchaControl
  /** Shown when the form was sent without the box ticked. */
  error?: string | undefined
}

export const CAPTCHA_CHECKBOX_ID = 'captcha-check'

/**
 * "I'm not a robot": a real checkbox. Ticking it makes the browser solve a proof-of-work
 * challenge; progress and result are said in words (a polite status), not only by an icon.
 */
export function Captcha({ control, error }: Props) {
  const { t } = useServicesTranslation()
  const { status } = control
  const checked = status === 'solving' || status === 'verified'
  const statusText =
    status === 'solving'
      ? t('services:captcha.solving')
      : status === 'verified'
        ? t('services:captcha.verified')
        : status === 'failed'
          ? t('services:captcha.failed')
          : status === 'unsupported'
            ? t('services:captcha.unsupported')
            : ''

  return (
    <div className="captcha" data-testid="captcha" data-status={status}>
      <div className="captcha-box">
        <input
          type="checkbox"
          id={CAPTCHA_CHECKBOX_ID}
          className="captcha-checkbox"
          checked={checked}
          aria-describedby="captcha-hint captcha-status captcha-error"
          aria-invalid={error ? true : undefined}
          aria-busy={status === 'solving' ? true : undefined}
          onChange={(event) => {
            // While solving the box stays ticked (no disabled control that would drop focus).
            if (status === 'solving') return
            if (event.target.checked) control.start()
            else control.reset()
          }}
        />
        <label htmlFor={CAPTCHA_CHECKBOX_ID}>{t('services:captcha.label')}</label>
        <span className="captcha-icon" aria-hidden="true">
          {status === 'solving' ? <span className="spinner" /> : null}
          {status === 'verified' ? <StatusIcon name="done" /> : null}
        </span>
      </div>
      <p className="field-hint" id="captcha-hint">
        {t('services:captcha.hint')}
      </p>
      <p className="captcha-status" id="captcha-status" role="status">
        {statusText}
      </p>
      <div id="captcha-error" aria-live="polite">
        {error ? <p className="field-message">{error}</p> : null}
      </div>
    </div>
  )
}
