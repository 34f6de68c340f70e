import type { RefObject } from 'react'
import { EventIdField } from '../../components/EventIdField.tsx'
import { StatusIcon } from '../../components/StatusIcon.tsx'
import { BidiText, ltr } from '../../i18n/bidi.tsx'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { Link } from '../../routing/router.tsx'
import type { Channel } from './api.ts'

export type VerifyOutcome =
  | { kind: 'already'; channel: Channel; contact: string }
  | { kind: 'noContact'; channel: Channel }
  | { kind: 'done'; channel: Channel; contact: string | null; eventId: string | undefined }

interface Props {
  outcome: VerifyOutcome
  headingRef: RefObject<HTMLHeadingElement | null>
  onAnother: () => void
}

/** How a verification ended: already verified, no such contact, or verified now. */
export function VerifyResult({ outcome, headingRef, onAnother }: Props) {
  const { t } = useServicesTranslation()
  const phone = outcome.channel === 'PHONE'
  let heading: string
  let body: string
  if (outcome.kind === 'already') {
    heading = t('services:verify.alreadyHeading')
    const contact = ltr(outcome.contact)
    body = phone
      ? t('services:verify.alreadyPhone', { contact })
      : t('services:verify.alreadyEmail', { contact })
  } else if (outcome.kind === 'noContact') {
    heading = phone ? t('services:verify.noPhoneHeading') : t('services:verify.noEmailHeading')
    body = phone ? t('services:verify.noPhone') : t('services:verify.noEmail')
  } else {
    heading = t('services:verify.doneHeading')
    const contact = outcome.contact ? ltr(outcome.contact) : undefined
    body = !contact
      ? t('services:verify.doneContactUnknown')
      : phone
        ? t('services:verify.donePhone', { contact })
        : t('services:verify.doneEmail', { contact })
  }
  const good = outcome.kind !== 'noContact'
  return (
    <section
      className={`panel step ${good ? 'step-done' : 'step-warning'}`}
      aria-labelledby="verify-result-heading"
      data-testid={`verify-${outcome.kind}`}
    >
      <h2 id="verify-result-heading" className="with-icon" ref={headingRef} tabIndex={-1}>
        <StatusIcon name={good ? 'done' : 'failed'} size={28} />
        <span>{heading}</span>
      </h2>
      <p data-testid="verify-result-text">
        <BidiText text={body} />
      </p>
      {outcome.kind === 'noContact' ? (
        <p>
          <Link to="/regcenter">{t('services:verify.findCentre')}</Link>
        </p>
      ) : null}
      {outcome.kind === 'done' && outcome.eventId ? <EventIdField value={outcome.eventId} /> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          id="verify-another"
          onClick={onAnother}
        >
          {t('services:verify.another')}
        </button>
      </div>
    </section>
  )
}
