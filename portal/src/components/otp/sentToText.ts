import type { OtpSent } from '../../api/otp.ts'
import { ltr } from '../../i18n/bidi.tsx'
import type { ServicesT } from '../../i18n/useServicesTranslation.ts'
import { sentTo } from './otpInput.ts'

/** "We sent a code to your phone ******7890 and to your email ab***@…", as far as known. */
export function sentToText(t: ServicesT, sent: Pick<OtpSent, 'maskedMobile' | 'maskedEmail'>) {
  // Marked left to right: <BidiText> shows each in its own isolated element.
  const phone = ltr(sent.maskedMobile ?? '')
  const email = ltr(sent.maskedEmail ?? '')
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
