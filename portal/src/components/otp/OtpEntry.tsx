import { type ClipboardEvent, type FormEvent, useEffect, useRef, useState } from 'react'
import { ApiError, isAbort } from '../../api/client.ts'
import { formatWait } from '../../api/errors.ts'
import type { OtpSettings } from '../../config/serviceSettings.ts'
import { BidiText } from '../../i18n/bidi.tsx'
import { useLanguage } from '../../i18n/useLanguage.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { CaptchaError } from '../captcha/solve.ts'
import { ErrorMessage } from '../ErrorMessage.tsx'
import { formatClock, type Milestone, milestoneAt, secondsLeft } from './countdown.ts'
import { otpDigits, otpFailure } from './otpInput.ts'
import { useNow } from './useNow.ts'

export interface OtpEntryProps {
  /** Where the code went, as a sentence (its contacts marked with `ltr()`). */
  sentTo: string
  /** When the current code was sent (ms); a new value restarts the clock. */
  sentAt: number
  settings: OtpSettings
  submitLabel: string
  /** Said while the code is being checked (e.g. "Downloading your card…"). */
  busyLabel: string
  /** The code being checked, or a new one being sent. */
  busy: 'check' | 'resend' | undefined
  /** Checks the code; rejects with the server's error. */
  onSubmit: (otp: string) => Promise<void>
  /** Sends a new code for the same request. */
  onResend: () => Promise<void>
  onStartOver: () => void
}

/**
 * The one-time code step shared by Get my UIN and Verify: a labelled numeric field that takes a
 * pasted code, a visible countdown announced only at a few moments, "Send a new code" after the
 * cooldown (at once when the code can no longer work), and a clear message for every failure.
 */
export function OtpEntry(props: OtpEntryProps) {
  const { sentTo, sentAt, settings, submitLabel, busyLabel, busy } = props
  const { onSubmit, onResend, onStartOver } = props
  const { t } = useServicesTranslation()
  const { locale } = useLanguage()
  const [value, setValue] = useState('')
  const [missing, setMissing] = useState(false)
  const [failure, setFailure] = useState<unknown>(undefined)
  const [needNewCode, setNeedNewCode] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const resendButton = useRef<HTMLButtonElement>(null)

  // The clock stops once nothing on screen changes any more (expired, resend available).
  const [ticking, setTicking] = useState(true)
  const now = useNow(ticking)
  const left = secondsLeft(sentAt, settings.expirySeconds, now)
  const sinceSent = Math.max(0, Math.floor((now - sentAt) / 1000))
  const cooldownLeft = Math.max(0, settings.resendAfterSeconds - sinceSent)
  const canResend = cooldownLeft === 0 || left === 0 || needNewCode
  const milestone = milestoneAt(left, settings.expirySeconds)
  const stillCounting = left > 0 || cooldownLeft > 0
  useEffect(() => setTicking(stillCounting), [stillCounting])
  // A new code starts the clock again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new code was sent.
  useEffect(() => setTicking(true), [sentAt])

  // Spoken sparingly: when the code is sent, at 1 minute, at 30 seconds and at expiry.
  const lastMilestone = useRef<Milestone | undefined>(undefined)
  useEffect(() => {
    if (lastMilestone.current === milestone) return
    const first = lastMilestone.current === undefined
    lastMilestone.current = milestone
    const text =
      milestone === 'start'
        ? t('services:otp.validFor', { duration: formatWait(settings.expirySeconds, locale) })
        : milestone === 'expired'
          ? t('services:otp.expired')
          : t('services:otp.timeLeft', {
              duration: formatWait(milestone === 'oneMinute' ? 60 : 30, locale),
            })
    // The first sentence waits a moment: a live region filled as it appears may go unheard.
    if (!first) return setAnnouncement(text)
    const timer = setTimeout(() => setAnnouncement(text), 300)
    return () => clearTimeout(timer)
  }, [milestone, settings.expirySeconds, locale, t])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    if (value.length !== settings.length) {
      setMissing(true)
      input.current?.focus()
      return
    }
    setMissing(false)
    setFailure(undefined)
    try {
      await onSubmit(value)
    } catch (error) {
      if (isAbort(error)) return
      setFailure(error)
      const next = otpFailure(error instanceof ApiError ? error.code : undefined)
      if (next === 'newCode') {
        setNeedNewCode(true)
        // Wait for the button to be enabled before moving to it.
        setTimeout(() => resendButton.current?.focus(), 0)
      } else {
        input.current?.focus()
        input.current?.select()
      }
    }
  }

  const resend = async () => {
    if (busy || !canResend) return
    setFailure(undefined)
    try {
      await onResend()
      setValue('')
      setMissing(false)
      setNeedNewCode(false)
      lastMilestone.current = 'start'
      setAnnouncement(
        `${t('services:otp.resent')} ${t('services:otp.validFor', {
          duration: formatWait(settings.expirySeconds, locale),
        })}`,
      )
      input.current?.focus()
    } catch (error) {
      if (!isAbort(error)) setFailure(error)
    }
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    // maxLength would cut "123 456" to "123 45" before we could drop the space.
    event.preventDefault()
    setValue(otpDigits(event.clipboardData.getData('text'), settings.length))
    setMissing(false)
  }

  const busyText =
    busy === 'check' ? busyLabel : busy === 'resend' ? t('services:otp.resending') : ''

  return (
    <div className="otp-entry" data-testid="otp-entry">
      <p className="otp-sent" data-testid="otp-sent-to">
        <BidiText text={sentTo} />
      </p>
      <form className="otp-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="otp">{t('services:otp.label')}</label>
          <p className="field-hint" id="otp-hint">
            {t('services:otp.hint', { length: settings.length })}
          </p>
          <input
            ref={input}
            id="otp"
            name="otp"
            className="otp-input"
            dir="ltr"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={settings.length}
            spellCheck={false}
            value={value}
            aria-describedby="otp-hint otp-timer otp-message otp-error"
            aria-invalid={missing || failure ? true : undefined}
            onChange={(event) => {
              setValue(otpDigits(event.target.value, settings.length))
              setMissing(false)
            }}
            onPaste={onPaste}
          />
          <p className="otp-timer" id="otp-timer" data-testid="otp-timer">
            {left > 0
              ? t('services:otp.expiresIn', { time: formatClock(left, locale) })
              : t('services:otp.expired')}
          </p>
          <div id="otp-message" aria-live="polite">
            {missing ? (
              <p className="field-message">
                {t('services:otp.required', { length: settings.length })}
              </p>
            ) : null}
          </div>
        </div>
        <div id="otp-error" aria-live="polite">
          {failure ? (
            <ErrorMessage
              error={failure instanceof CaptchaError ? new ApiError('RES-SER-909', '') : failure}
            />
          ) : null}
        </div>
        <div className="form-actions">
          <button
            type="submit"
            id="otp-submit"
            className="button"
            aria-disabled={busy ? true : undefined}
            data-testid="otp-submit"
          >
            {submitLabel}
          </button>
          <button
            ref={resendButton}
            type="button"
            id="otp-resend"
            className="button button-secondary"
            disabled={!canResend}
            aria-describedby={canResend ? undefined : 'otp-resend-wait'}
            data-testid="otp-resend"
            onClick={resend}
          >
            {t('services:otp.resend')}
          </button>
        </div>
        {!canResend ? (
          <p className="field-hint" id="otp-resend-wait">
            {t('services:otp.resendIn', { time: formatClock(cooldownLeft, locale) })}
          </p>
        ) : null}
        <p className="busy-status" role="status" data-testid="otp-status">
          {busyText ? (
            <>
              <span className="spinner" aria-hidden="true" /> {busyText}
            </>
          ) : null}
        </p>
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="otp-announcement">
        {announcement}
      </p>
      <p>
        <button type="button" className="link-button" id="otp-start-over" onClick={onStartOver}>
          {t('services:otp.startOver')}
        </button>
      </p>
    </div>
  )
}
