import type { RefObject } from 'react'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { OtpEntry, type OtpEntryProps } from './OtpEntry.tsx'

interface Props extends OtpEntryProps {
  /** Prefix of the stable element ids (`getuin` → `getuin-otp-heading`). */
  idPrefix: string
  headingRef: RefObject<HTMLHeadingElement | null>
  /** What the code is for, above the field. */
  intro: string
}

/** The one-time code step of Get my UIN and Verify: its heading, what it is for, the code form. */
export function OtpStep({ idPrefix, headingRef, intro, ...entry }: Props) {
  const { t } = useServicesTranslation()
  return (
    <section className="panel step" aria-labelledby={`${idPrefix}-otp-heading`}>
      <h2 id={`${idPrefix}-otp-heading`} ref={headingRef} tabIndex={-1}>
        {t('services:otp.heading')}
      </h2>
      <p>{intro}</p>
      <OtpEntry {...entry} />
    </section>
  )
}
