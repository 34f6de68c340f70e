import type { RefObject } from 'react'
import { BidiText, ltr } from '../../i18n/bidi.tsx'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { Link } from '../../routing/router.tsx'
import type { AidStage } from './api.ts'
import { StageTracker } from './StageTracker.tsx'
import { failureReasonOf, progressOf } from './stages.ts'

interface Props {
  id: string
  stage: AidStage
  headingRef: RefObject<HTMLHeadingElement | null>
  onCheckAnother: () => void
}

/** Where an application that has no card yet stands, and what the resident can do. */
export function StatusStep({ id, stage, headingRef, onCheckAnother }: Props) {
  const { t } = useServicesTranslation()
  const progress = progressOf(stage)
  const failed = progress.overall === 'failed'
  return (
    <section
      className="panel step step-status"
      aria-labelledby="getuin-status-heading"
      data-testid="getuin-status"
      data-overall={progress.overall}
    >
      <h2 id="getuin-status-heading" ref={headingRef} tabIndex={-1}>
        {failed ? t('services:status.failedHeading') : t('services:status.inProgressHeading')}
      </h2>
      <p className="muted" data-testid="getuin-checked-number">
        <BidiText text={t('services:status.checkedNumber', { id: ltr(id) })} />
      </p>
      <StageTracker progress={progress} />
      {failed ? (
        <div className="message message-error" data-testid="getuin-failure">
          <p>
            <strong>{t('services:status.reasonLabel')}</strong>{' '}
            {t(`services:status.reason.${failureReasonOf(stage.failureReason)}`)}
          </p>
          <p>{t('services:status.failedNext')}</p>
          <p>
            <Link to="/regcenter">{t('services:status.findCentre')}</Link>
          </p>
        </div>
      ) : (
        <p>{t('services:status.inProgressNext')}</p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          id="getuin-check-another"
          onClick={onCheckAnother}
        >
          {t('services:status.checkAnother')}
        </button>
      </div>
    </section>
  )
}
