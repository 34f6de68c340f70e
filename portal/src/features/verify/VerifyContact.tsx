import { useState } from 'react'
import { Loading } from '../../components/Loading.tsx'
import { OtpFlowSteps } from '../../components/otp/OtpFlowSteps.tsx'
import { useOtpFlow } from '../../components/otp/useOtpFlow.ts'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import type { ServiceSettings } from '../../config/serviceSettings.ts'
import { useServiceSettings } from '../../config/useServiceSettings.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { type Channel, getVerificationStatus, validateOtp, verifyOtpTarget } from './api.ts'
import { type VerifyOutcome, VerifyResult } from './VerifyResult.tsx'
import './verify.css'

/** The contact a code was sent to, masked, as the status check named it. */
interface Contact {
  channel: Channel
  contact: string
}

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
  const [channel, setChannel] = useState<Channel>('PHONE')

  const flow = useOtpFlow<Contact, VerifyOutcome>(settings.captchaEnabled, {
    // No contact, or one already verified: nothing to send.
    lookUp: async (id, signal) => {
      const status = await getVerificationStatus(channel, id, { signal })
      const contact = status.maskedUserId
      if (!contact) return { result: { kind: 'noContact', channel } }
      if (status.verificationStatus) return { result: { kind: 'already', channel, contact } }
      return { sendTo: verifyOtpTarget(channel, id), context: { channel, contact } }
    },
    checkCode: async ({ otp, target, transactionId, context }, signal) => {
      const { eventId } = await validateOtp(
        { individualId: target.individualId, transactionId, otp },
        { signal },
      )
      return { kind: 'done', ...context, eventId }
    },
  })

  return (
    <OtpFlowSteps
      flow={flow}
      settings={settings}
      idPrefix="verify"
      idStep={{
        heading: t('services:verify.formHeading'),
        accepts: 'uinVid',
        submitLabel: t('services:verify.submit'),
        checkingLabel: t('services:verify.checking'),
        sendingLabel: t('services:verify.sendingCode'),
        children: (
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
        ),
      }}
      codeStep={{
        intro: ({ channel }) =>
          channel === 'PHONE'
            ? t('services:verify.otpIntroPhone')
            : t('services:verify.otpIntroEmail'),
        submitLabel: t('services:verify.verifyButton'),
        busyLabel: t('services:otp.checking'),
        // The status check named the contact; the send's answer may not.
        sentTo: ({ sent, context }) =>
          sent.maskedMobile || sent.maskedEmail
            ? sent
            : context.channel === 'PHONE'
              ? { maskedMobile: context.contact, maskedEmail: null }
              : { maskedMobile: null, maskedEmail: context.contact },
      }}
      done={(outcome, headingRef) => (
        <VerifyResult
          outcome={outcome}
          headingRef={headingRef}
          onAnother={() => flow.startOver(false)}
        />
      )}
    />
  )
}
