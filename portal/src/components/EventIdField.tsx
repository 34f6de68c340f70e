import { useState } from 'react'
import { useServicesTranslation } from '../i18n/useServicesTranslation.ts'

/**
 * The Event ID of a request in a form a resident can keep: a read-only field (tap to select on
 * a phone) and a copy button that says whether copying worked.
 */
export function EventIdField({ value }: { value: string }) {
  const { t } = useServicesTranslation()
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const onCopy = () => {
    const clipboard = globalThis.navigator?.clipboard
    if (!clipboard) {
      setCopy('failed')
      return
    }
    clipboard.writeText(value).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    )
  }
  return (
    <div className="event-id" data-testid="event-id-panel">
      <label htmlFor="event-id">{t('services:done.eventId')}</label>
      <div className="event-id-row">
        <input
          id="event-id"
          className="event-id-value"
          data-testid="event-id"
          type="text"
          readOnly
          dir="ltr"
          value={value}
          aria-describedby="event-id-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-secondary" onClick={onCopy}>
          {t('services:done.copy')}
        </button>
      </div>
      <p className="field-hint" id="event-id-hint">
        {t('services:done.eventIdHint')}
      </p>
      <p role="status" className="copy-status">
        {copy === 'copied'
          ? t('services:done.copied')
          : copy === 'failed'
            ? t('services:done.copyFailed')
            : ''}
      </p>
    </div>
  )
}
