import { useState } from 'react'
import { newTransactionId, type OtpSent } from '../api/otp.ts'
import {
  type Channel,
  getVerificationStatus,
  requestChannelOtp,
  validateOtp,
} from '../api/verify.ts'
import { useCaptcha } from '../components/captcha/useCaptcha.ts'
import { Loading } from '../components/Loading.tsx'
import { OtpStep } from '../components/otp/OtpStep.tsx'
import { sentToText } from '../components/otp/sentToText.ts'
import { useDocumentTitle } from '../components/useDocumentTitle.ts'
import { useLeaveSignal } from '../components/useLeaveSignal.ts'
import { useStepFocus } from '../components/useStepFocus.ts'
import type { ServiceSettings } from '../config/serviceSettings.ts'
import { useServiceSettings } from '../config/useServiceSettings.ts'
import { useServicesTranslation } from '../i18n/useServicesTranslation.ts'
import { IdStep } from './service/IdStep.tsx'
import { type VerifyOutcome, VerifyResult } from './verify/VerifyResult.tsx'

type Step =
  | { kind: 'form' }
  | {
      kind: 'otp'
      channel: Channel
      id: string
      contact: string
      sent: OtpSent
      sentAt: number
    }
  | { kind: 'result'; outcome: VerifyOutcome }

/** Verify phone number / email: a one-time code sent to the contact proves it reaches the resident. */
export default function VerifyContact() {
  const { t } = useServicesTranslation()
  useDocumentTitle(t('services:verify.title'))
  const settings = useServiceSettings()
  return (
    <div className="page page-service page-verify">
      <h1>{t('services:verify.title')}</h1>
      <p className="lead">{t('services:verify.intro')}</p>
      {settings ? <VerifySteps settings={settings} /> : <Loading />}
    </div>
  )
}

function VerifySteps({ settings }: { settings: ServiceSettings }) {
  const { t } = useServicesTranslation()
  const [step, setStep] = useState<Step>({ kind: 'form' })
  const [channel, setChannel] = useState<Channel>('PHONE')
  const [value, setValue] = useState('')
  const { heading, announcement } = useStepFocus(step.kind)
  const captcha = useCaptcha(settings.captchaEnabled)
  const signal = useLeaveSignal()

  /** Sends a code on `channel` (a resend keeps the transaction id), with the captcha header. */
  const sendCode = (channel: Channel, id: string, transactionId: string) =>
    captcha.send((headers) =>
      requestChannelOtp(
        { channel, individualId: id, transactionId },
        { headers, signal: signal() },
      ),
    )

  const check = async (id: string, _kind: string, progress: (text: string) => void) => {
    progress(t('services:verify.checking'))
    const status = await getVerificationStatus(channel, id, { signal: signal() })
    if (!status.maskedUserId) {
      setStep({ kind: 'result', outcome: { kind: 'noContact', channel } })
      return
    }
    if (status.verificationStatus) {
      setStep({
        kind: 'result',
        outcome: { kind: 'already', channel, contact: status.maskedUserId },
      })
      return
    }
    progress(t('services:verify.sendingCode'))
    const sent = await sendCode(channel, id, newTransactionId())
    setStep({
      kind: 'otp',
      channel,
      id,
      contact: status.maskedUserId,
      sent,
      sentAt: Date.now(),
    })
  }

  const startOver = (keepNumber: boolean) => {
    if (!keepNumber) setValue('')
    setStep({ kind: 'form' })
  }

  return (
    <>
      <p className="visually-hidden" role="status" data-testid="step-announcement">
        {announcement}
      </p>
      {step.kind === 'form' ? (
        <IdStep
          idPrefix="verify"
          heading={t('services:verify.formHeading')}
          headingRef={heading}
          accepts="uinVid"
          lengths={settings.idLengths}
          captcha={captcha}
          value={value}
          onValueChange={setValue}
          submitLabel={t('services:verify.submit')}
          onSubmit={check}
        >
          <fieldset className="choice-group">
            <legend>{t('services:verify.channelLegend')}</legend>
            {(['PHONE', 'EMAIL'] as const).map((option) => (
              <div className="choice" key={option}>
                <input
                  type="radio"
                  id={`verify-channel-${option.toLowerCase()}`}
                  name="channel"
                  value={option}
                  checked={channel === option}
                  onChange={() => setChannel(option)}
                />
                <label htmlFor={`verify-channel-${option.toLowerCase()}`}>
                  {option === 'PHONE' ? t('services:verify.phone') : t('services:verify.email')}
                </label>
              </div>
            ))}
          </fieldset>
        </IdStep>
      ) : null}
      {step.kind === 'otp' ? (
        <OtpStep
          idPrefix="verify"
          headingRef={heading}
          intro={
            step.channel === 'PHONE'
              ? t('services:verify.otpIntroPhone')
              : t('services:verify.otpIntroEmail')
          }
          sentTo={sentToText(
            t,
            step.sent.maskedMobile || step.sent.maskedEmail
              ? step.sent
              : step.channel === 'PHONE'
                ? { maskedMobile: step.contact, maskedEmail: null }
                : { maskedMobile: null, maskedEmail: step.contact },
          )}
          sentAt={step.sentAt}
          settings={settings.otp}
          submitLabel={t('services:verify.verifyButton')}
          busyLabel={t('services:otp.checking')}
          onSubmit={async (otp) => {
            const { eventId } = await validateOtp(
              { individualId: step.id, transactionId: step.sent.transactionId, otp },
              { signal: signal() },
            )
            setStep({
              kind: 'result',
              outcome: { kind: 'done', channel: step.channel, contact: step.contact, eventId },
            })
          }}
          onResend={async () => {
            const sent = await sendCode(step.channel, step.id, step.sent.transactionId)
            setStep({ ...step, sent, sentAt: Date.now() })
          }}
          onStartOver={() => startOver(true)}
        />
      ) : null}
      {step.kind === 'result' ? (
        <VerifyResult
          outcome={step.outcome}
          headingRef={heading}
          onAnother={() => startOver(false)}
        />
      ) : null}
    </>
  )
}
