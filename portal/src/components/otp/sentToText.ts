import type { OtpSent } from '../../api/otp.ts'
import type { ServicesT } from '../../i18n/useServicesTranslation.ts'
import { isolate, sentTo } from './otpInput.ts'

/** "We sent a code to your phone ******7890 and to your email ab***@…", as far as known. */
export function sentToText(t: ServicesT, sent: Pick<OtpSent, 'maskedMobile' | 'maskedEmail'>) {
  const phone = isolate(sent.maskedMobile ?? '')
  const email = isolate(sent.maskedEmail ?? '')
  switch (sentTo(sent.maskedMobile, sent.maskedEmail)) {
    case 'both':
      return t('services:otp.sentBoth', { phone, email })
    case 'phone':
      return t('services:otp.sentPhone', { phone })
    case 'email':
      return t('services:otp.sentEmail', { email })
    default:
      return t('services:otp.sentUnknown')
  }
}
