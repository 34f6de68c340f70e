import type { ReactNode, RefObject } from 'react'
import type { OtpSent } from '../../api/otp.ts'
import type { ServiceSettings } from '../../config/serviceSettings.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { useStepFocus } from '../useStepFocus.ts'
import { IdStep, type IdStepProps } from './IdStep.tsx'
import { OtpStep } from './OtpStep.tsx'
import type { CodeSent, OtpFlowStep } from './otpFlow.ts'
import { sentToText } from './sentToText.ts'
import type { OtpFlowControl } from './useOtpFlow.ts'

interface Props<C, R> {
  flow: OtpFlowControl<C, R>
  settings: ServiceSettings
  /** Prefix of the stable element ids (`getuin` → `getuin-id`, `getuin-otp-heading`). */
  idPrefix: string
  /** The number form: its heading, which ids it takes, its button and other fields. */
  idStep: Pick<IdStepProps, 'heading' | 'accepts' | 'submitLabel' | 'children'> & {
    /** Said while the number is looked up, then while the code is sent. */
    checkingLabel: string
    sendingLabel: string
  }
  /** The code form: what the code is for, its button, what is said while it is checked. */
  codeStep: {
    intro: (context: C) => string
    submitLabel: string
    busyLabel: string
    /** Where the code went, when the answer to the send may not say (default: the answer). */
    sentTo?: (code: CodeSent<C>) => Pick<OtpSent, 'maskedMobile' | 'maskedEmail'>
  }
  /** The end of the flow, with the feature's result. */
  done: (result: R, headingRef: RefObject<HTMLHeadingElement | null>) => ReactNode
}

type Screen = 'id' | 'code' | 'done'

function screenOf(step: OtpFlowStep<unknown, unknown>['step']): Screen {
  if (step === 'enterId' || step === 'checking' || step === 'sending') return 'id'
  return step === 'done' ? 'done' : 'code'
}

/**
 * The steps of a one-time code service on one page: the number form, the code form, the end.
 * Focus moves to each new step's heading, which a live region repeats.
 */
export function OtpFlowSteps<C, R>(props: Props<C, R>) {
  const { flow, settings, idPrefix, idStep, codeStep } = props
  const { t } = useServicesTranslation()
  const { state } = flow
  const { heading, announcement } = useStepFocus(screenOf(state.step))
  const { checkingLabel, sendingLabel, ...form } = idStep

  return (
    <>
      <p className="visually-hidden" role="status" data-testid="step-announcement">
        {announcement}
      </p>
      {state.step === 'enterId' || state.step === 'checking' || state.step === 'sending' ? (
        <IdStep
          {...form}
          idPrefix={idPrefix}
          headingRef={heading}
          lengths={settings.idLengths}
          captcha={flow.captcha}
          value={state.number}
          onValueChange={flow.setNumber}
          busy={
            state.step === 'checking' ? checkingLabel : state.step === 'sending' ? sendingLabel : ''
          }
          onSubmit={flow.submit}
        />
      ) : null}
      {state.step === 'codeSent' || state.step === 'verifying' || state.step === 'resending' ? (
        <OtpStep
          idPrefix={idPrefix}
          headingRef={heading}
          intro={codeStep.intro(state.context)}
          sentTo={sentToText(t, codeStep.sentTo?.(state) ?? state.sent)}
          sentAt={state.sentAt}
          settings={settings.otp}
          submitLabel={codeStep.submitLabel}
          busyLabel={codeStep.busyLabel}
          busy={
            state.step === 'verifying' ? 'check' : state.step === 'resending' ? 'resend' : undefined
          }
          onSubmit={flow.verify}
          onResend={flow.resend}
          onStartOver={() => flow.startOver(true)}
        />
      ) : null}
      {state.step === 'done' ? props.done(state.result, heading) : null}
    </>
  )
}
