import { useEffect, useRef, useState } from 'react'
import { type AidStage, downloadUinCard, getAidStage, requestUinOtp } from '../api/getUin.ts'
import { newTransactionId, type OtpSent } from '../api/otp.ts'
import { saveBlob } from '../api/saveFile.ts'
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
import { DoneStep, type SavedCard } from './getuin/DoneStep.tsx'
import { StatusStep } from './getuin/StatusStep.tsx'
import { isCardReady } from './getuin/stages.ts'
import { IdStep } from './service/IdStep.tsx'

type Step =
  | { kind: 'form' }
  | { kind: 'status'; id: string; stage: AidStage }
  | { kind: 'otp'; id: string; sent: OtpSent; sentAt: number }
  | { kind: 'done'; card: SavedCard }

/** Get my UIN: the status of an application, or the UIN card as a PDF after a one-time code. */
export default function GetMyUin() {
  const { t } = useServicesTranslation()
  useDocumentTitle(t('services:getUin.title'))
  const settings = useServiceSettings()
  return (
    <div className="page page-service page-getuin">
      <h1>{t('services:getUin.title')}</h1>
      <p className="lead">{t('services:getUin.intro')}</p>
      {settings ? <GetMyUinSteps settings={settings} /> : <Loading />}
    </div>
  )
}

function GetMyUinSteps({ settings }: { settings: ServiceSettings }) {
  const { t } = useServicesTranslation()
  const [step, setStep] = useState<Step>({ kind: 'form' })
  const [value, setValue] = useState('')
  const { heading, announcement } = useStepFocus(step.kind)
  const captcha = useCaptcha(settings.captchaEnabled)
  const signal = useLeaveSignal()
  const fileUrl = useRef<string | undefined>(undefined)

  // The saved card stays in memory until the page goes.
  useEffect(
    () => () => {
      if (fileUrl.current) URL.revokeObjectURL(fileUrl.current)
    },
    [],
  )

  /** Sends a code for `id` (a resend keeps the transaction id), with the captcha header. */
  const sendCode = (id: string, transactionId: string) =>
    captcha.send((headers) =>
      requestUinOtp({ individualId: id, transactionId }, { headers, signal: signal() }),
    )

  const checkNumber = async (id: string, _kind: string, progress: (text: string) => void) => {
    progress(t('services:getUin.checking'))
    const stage = await getAidStage(id, { signal: signal() })
    if (!isCardReady(stage)) {
      setStep({ kind: 'status', id, stage })
      return
    }
    progress(t('services:getUin.sendingCode'))
    const sent = await sendCode(id, newTransactionId())
    setStep({ kind: 'otp', id, sent, sentAt: Date.now() })
  }

  const startOver = (keepNumber: boolean) => {
    if (fileUrl.current) URL.revokeObjectURL(fileUrl.current)
    fileUrl.current = undefined
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
          idPrefix="getuin"
          heading={t('services:getUin.formHeading')}
          headingRef={heading}
          accepts="all"
          lengths={settings.idLengths}
          captcha={captcha}
          value={value}
          onValueChange={setValue}
          submitLabel={t('services:getUin.submit')}
          onSubmit={checkNumber}
        />
      ) : null}
      {step.kind === 'status' ? (
        <StatusStep
          id={step.id}
          stage={step.stage}
          headingRef={heading}
          onCheckAnother={() => startOver(false)}
        />
      ) : null}
      {step.kind === 'otp' ? (
        <OtpStep
          idPrefix="getuin"
          headingRef={heading}
          intro={t('services:getUin.otpIntro')}
          sentTo={sentToText(t, step.sent)}
          sentAt={step.sentAt}
          settings={settings.otp}
          submitLabel={t('services:getUin.download')}
          busyLabel={t('services:getUin.downloading')}
          onSubmit={async (otp) => {
            const card = await downloadUinCard(
              { individualId: step.id, transactionId: step.sent.transactionId, otp },
              { signal: signal() },
            )
            const fileName = card.fileName ?? 'UIN_card.pdf'
            fileUrl.current = saveBlob(card.blob, fileName)
            setStep({
              kind: 'done',
              card: { url: fileUrl.current, fileName, eventId: card.eventId },
            })
          }}
          onResend={async () => {
            const sent = await sendCode(step.id, step.sent.transactionId)
            setStep({ ...step, sent, sentAt: Date.now() })
          }}
          onStartOver={() => startOver(true)}
        />
      ) : null}
      {step.kind === 'done' ? (
        <DoneStep card={step.card} headingRef={heading} onStartOver={() => startOver(false)} />
      ) : null}
    </>
  )
}
