import { type FormEvent, type ReactNode, type RefObject, useRef, useState } from 'react'
import { isAbort } from '../../api/client.ts'
import { errorText } from '../../api/errors.ts'
import type { IdLengths } from '../../config/serviceSettings.ts'
import { useLanguage } from '../../i18n/useLanguage.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { useTranslation } from '../../i18n/useTranslation.ts'
import { checkId } from '../../ids/idNumber.ts'
import { Link } from '../../routing/router.tsx'
import { CAPTCHA_CHECKBOX_ID, Captcha } from '../captcha/Captcha.tsx'
import { CaptchaError } from '../captcha/solve.ts'
import type { CaptchaControl } from '../captcha/useCaptcha.ts'
import { ErrorMessage } from '../ErrorMessage.tsx'
import { IdField, idProblemText } from '../IdField.tsx'
import { isAboutTheNumber, isNumberNotRecognised, needsRegistrationCentre } from './idErrors.ts'

export interface IdStepProps {
  /** Prefix of the stable element ids (`getuin` → `getuin-id`, `getuin-submit`). */
  idPrefix: string
  heading: string
  headingRef: RefObject<HTMLHeadingElement | null>
  accepts: 'all' | 'uinVid'
  lengths: IdLengths
  captcha: CaptchaControl
  value: string
  onValueChange: (value: string) => void
  submitLabel: string
  /** Other fields of the form, before the number (e.g. the channel to verify). */
  children?: ReactNode
  /** What is happening while the number is sent (e.g. "Checking…"); empty when nothing is. */
  busy: string
  /** Sends the number (checked here first); rejects with the failure. */
  onSubmit: (id: string) => Promise<void>
}

const KINDS = { all: ['UIN', 'VID', 'AID'], uinVid: ['UIN', 'VID'] } as const

/** The number form of Get my UIN and Verify: the id field, the captcha, and what went wrong. */
export function IdStep(props: IdStepProps) {
  const { idPrefix, heading, headingRef, accepts, lengths, captcha, value, onValueChange, busy } =
    props
  const { t } = useServicesTranslation()
  const { t: tMain } = useTranslation()
  const { locale } = useLanguage()
  const field = useRef<HTMLInputElement>(null)
  const [fieldError, setFieldError] = useState<string | undefined>(undefined)
  const [captchaError, setCaptchaError] = useState<string | undefined>(undefined)
  const [failure, setFailure] = useState<unknown>(undefined)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setFailure(undefined)
    const check = checkId(value, lengths, KINDS[accepts])
    if (!check.ok) {
      setFieldError(idProblemText(t, check.problem, accepts, lengths))
      field.current?.focus()
      return
    }
    setFieldError(undefined)
    if (captcha.enabled && captcha.status !== 'verified' && captcha.status !== 'solving') {
      setCaptchaError(t('services:captcha.required'))
      document.getElementById(CAPTCHA_CHECKBOX_ID)?.focus()
      return
    }
    setCaptchaError(undefined)
    try {
      await props.onSubmit(check.id)
    } catch (error) {
      if (isAbort(error)) return
      if (error instanceof CaptchaError) {
        setCaptchaError(
          error.reason === 'required'
            ? t('services:captcha.required')
            : error.reason === 'unsupported'
              ? t('services:captcha.unsupported')
              : t('services:captcha.failed'),
        )
        document.getElementById(CAPTCHA_CHECKBOX_ID)?.focus()
        return
      }
      if (isAboutTheNumber(error)) {
        setFieldError(
          isNumberNotRecognised(error)
            ? t('services:idField.notRecognised')
            : errorText(tMain, error, locale),
        )
        field.current?.focus()
      } else {
        setFailure(error)
      }
    }
  }

  return (
    <section className="panel step" aria-labelledby={`${idPrefix}-form-heading`}>
      <h2 id={`${idPrefix}-form-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <form className="service-form" noValidate onSubmit={submit}>
        {props.children}
        <IdField
          ref={field}
          id={`${idPrefix}-id`}
          accepts={accepts}
          lengths={lengths}
          value={value}
          onChange={(next) => {
            onValueChange(next)
            if (fieldError) setFieldError(undefined)
          }}
          error={fieldError}
        />
        {captcha.enabled ? (
          <Captcha
            control={{
              ...captcha,
              start: () => {
                setCaptchaError(undefined)
                captcha.start()
              },
            }}
            error={captchaError}
          />
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            id={`${idPrefix}-submit`}
            className="button"
            aria-disabled={busy ? true : undefined}
            data-testid={`${idPrefix}-submit`}
          >
            {props.submitLabel}
          </button>
        </div>
        <p className="busy-status" role="status" data-testid={`${idPrefix}-status`}>
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> {busy}
            </>
          ) : null}
        </p>
        <div aria-live="polite">
          {failure ? (
            <ErrorMessage error={failure} id={`${idPrefix}-error`}>
              {needsRegistrationCentre(failure) ? (
                <p>
                  <Link to="/regcenter">{t('services:status.findCentre')}</Link>
                </p>
              ) : null}
            </ErrorMessage>
          ) : null}
        </div>
      </form>
    </section>
  )
}
