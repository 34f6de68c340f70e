import { StatusIcon } from '../../components/StatusIcon.tsx'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import type { Progress, StageState } from './stages.ts'

/**
 * The five stages of an application as an ordered list: each says its state in words beside an
 * icon, and the stage the application is at is `aria-current="step"`.
 */
export function StageTracker({ progress }: { progress: Progress }) {
  const { t } = useServicesTranslation()
  const stateText = (state: StageState) => t(`services:stages.state.${state}`)
  return (
    <ol
      className="stage-tracker"
      aria-label={t('services:stages.label')}
      data-testid="stage-tracker"
    >
      {progress.steps.map((step) => (
        <li
          key={step.stage}
          className={`stage stage-${step.state}`}
          aria-current={step.current ? 'step' : undefined}
          data-state={step.state}
        >
          <StatusIcon name={step.state} />
          <span className="stage-text">
            <span className="stage-name">{t(`services:stages.${step.stage}`)}</span>
            <span className="stage-state">{stateText(step.state)}</span>
          </span>
        </li>
      ))}
    </ol>
  )
}
