import { useEffect, useRef } from 'react'
import { saveBlob } from '../../api/saveFile.ts'
import { Loading } from '../../components/Loading.tsx'
import { OtpFlowSteps } from '../../components/otp/OtpFlowSteps.tsx'
import { useOtpFlow } from '../../components/otp/useOtpFlow.ts'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import type { ServiceSettings } from '../../config/serviceSettings.ts'
import { useServiceSettings } from '../../config/useServiceSettings.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { type AidStage, downloadUinCard, getAidStage, uinCardOtpTarget } from './api.ts'
import { DoneStep, type SavedCard } from './DoneStep.tsx'
import { StatusStep } from './StatusStep.tsx'
import { isCardReady } from './stages.ts'
import './get-my-uin.css'

/** How Get my UIN ends: the application has no card yet, or the card was saved. */
type Outcome = { kind: 'status'; id: string; stage: AidStage } | { kind: 'card'; card: SavedCard }

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
  const fileUrl = useRef<string | undefined>(undefined)
  const forgetFile = () => {
    if (fileUrl.current) URL.revokeObjectURL(fileUrl.current)
    fileUrl.current = undefined
  }
  // The saved card stays in memory until the page goes.
  useEffect(
    () => () => {
      if (fileUrl.current) URL.revokeObjectURL(fileUrl.current)
    },
    [],
  )

  const flow = useOtpFlow<undefined, Outcome>(settings.captchaEnabled, {
    // Only a card that is ready needs a code; otherwise the stage is the answer.
    lookUp: async (id, signal) => {
      const stage = await getAidStage(id, { signal })
      return isCardReady(stage)
        ? { sendTo: uinCardOtpTarget(id), context: undefined }
        : { result: { kind: 'status', id, stage } }
    },
    checkCode: async ({ otp, target, transactionId }, signal) => {
      const card = await downloadUinCard(
        { individualId: target.individualId, transactionId, otp },
        { signal },
      )
      const fileName = card.fileName ?? 'UIN_card.pdf'
      forgetFile()
      fileUrl.current = saveBlob(card.blob, fileName)
      return { kind: 'card', card: { url: fileUrl.current, fileName, eventId: card.eventId } }
    },
  })

  const startOver = () => {
    forgetFile()
    flow.startOver(false)
  }

  return (
    <OtpFlowSteps
      flow={flow}
      settings={settings}
      idPrefix="getuin"
      idStep={{
        heading: t('services:getUin.formHeading'),
        accepts: 'all',
        submitLabel: t('services:getUin.submit'),
        checkingLabel: t('services:getUin.checking'),
        sendingLabel: t('services:getUin.sendingCode'),
      }}
      codeStep={{
        intro: () => t('services:getUin.otpIntro'),
        submitLabel: t('services:getUin.download'),
        busyLabel: t('services:getUin.downloading'),
      }}
      done={(outcome, headingRef) =>
        outcome.kind === 'status' ? (
          <StatusStep
            id={outcome.id}
            stage={outcome.stage}
            headingRef={headingRef}
            onCheckAnother={startOver}
          />
        ) : (
          <DoneStep card={outcome.card} headingRef={headingRef} onStartOver={startOver} />
        )
      }
    />
  )
}
