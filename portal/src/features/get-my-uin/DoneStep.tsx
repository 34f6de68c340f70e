import type { RefObject } from 'react'
import { EventIdField } from '../../components/EventIdField.tsx'
import { StatusIcon } from '../../components/StatusIcon.tsx'
import { useConfig } from '../../config/ConfigContext.tsx'
import { BidiText, ltr } from '../../i18n/bidi.tsx'
import { type LangCode, languageInfo } from '../../i18n/languages.ts'
import { useLanguage } from '../../i18n/useLanguage.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'

export interface SavedCard {
  /** Object URL of the PDF, for saving it again from memory. */
  url: string
  fileName: string
  eventId: string | undefined
}

interface Props {
  card: SavedCard
  headingRef: RefObject<HTMLHeadingElement | null>
  onStartOver: () => void
}

/** The card was saved: its Event ID, how to open it, and that the file is the only copy. */
export function DoneStep({ card, headingRef, onStartOver }: Props) {
  const { t } = useServicesTranslation()
  const { state } = useConfig()
  const { locale } = useLanguage()
  // MOSIP takes the name from the deployment's first mandatory language.
  const nameLanguage = state.settings?.mandatoryLanguages[0] ?? 'eng'
  return (
    <section
      className="panel step step-done"
      aria-labelledby="getuin-done-heading"
      data-testid="getuin-done"
    >
      <h2 id="getuin-done-heading" className="with-icon" ref={headingRef} tabIndex={-1}>
        <StatusIcon name="done" size={28} />
        <span>{t('services:done.heading')}</span>
      </h2>
      <p>
        <BidiText text={t('services:done.fileName', { name: ltr(card.fileName) })} />
      </p>
      <p>
        <a href={card.url} download={card.fileName} type="application/pdf" id="getuin-save-again">
          {t('services:done.saveAgain')}
        </a>
      </p>
      <p className="message message-warning">{t('services:done.keep')}</p>
      {card.eventId ? <EventIdField value={card.eventId} /> : null}
      <h3>{t('services:done.passwordHeading')}</h3>
      <p data-testid="password-rule">
        {t('services:done.password')}{' '}
        {t('services:done.passwordLanguage', { language: languageName(nameLanguage, locale) })}
      </p>
      <p>{t('services:done.passwordExample')}</p>
      <p>{t('services:done.passwordShort')}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onStartOver}>
          {t('services:otp.startOver')}
        </button>
      </div>
    </section>
  )
}

/** The language's name in the reader's language ("الإنجليزية"), else its own name. */
function languageName(code: LangCode, locale: string): string {
  const info = languageInfo(code)
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(info.locale) ?? info.nativeName
  } catch {
    return info.nativeName
  }
}
