import { type ClipboardEvent, forwardRef } from 'react'
import type { IdLengths } from '../config/serviceSettings.ts'
import { useServicesTranslation } from '../i18n/useServicesTranslation.ts'
import { asciiDigits, cleanNumberInput } from '../ids/digits.ts'

interface Props {
  /** The input's id; hint, count and message ids derive from it. */
  id: string
  /** Which ids the form takes: all three, or UIN and VID only. */
  accepts: 'all' | 'uinVid'
  lengths: IdLengths
  value: string
  onChange: (value: string) => void
  /** What is wrong with the value, when the form was sent. */
  error?: string | undefined
}

/**
 * A labelled number field for a UIN, VID or AID: the accepted lengths in a visible hint, a
 * numeric keyboard, spaces dropped as they are typed or pasted, and its message linked to it.
 */
export const IdField = forwardRef<HTMLInputElement, Props>(function IdField(
  { id, accepts, lengths, value, onChange, error },
  ref,
) {
  const { t } = useServicesTranslation()
  const digits = asciiDigits(value).replace(/\D/g, '').length
  const numbers = { uin: lengths.uin, vid: lengths.vid, aid: lengths.aid }
  return (
    <div className="field id-field">
      <label htmlFor={id}>
        {accepts === 'all' ? t('services:idField.labelAll') : t('services:idField.labelUinVid')}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {accepts === 'all'
          ? t('services:idField.hintAll', numbers)
          : t('services:idField.hintUinVid', numbers)}
      </p>
      <input
        ref={ref}
        id={id}
        name="individualId"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className="id-input"
        // Digits left to right in every language: the caret moves the way the number reads.
        dir="ltr"
        value={value}
        aria-describedby={`${id}-hint ${id}-count ${id}-message`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(cleanNumberInput(event.target.value))}
        onPaste={(event: ClipboardEvent<HTMLInputElement>) => {
          event.preventDefault()
          const target = event.currentTarget
          const pasted = cleanNumberInput(event.clipboardData.getData('text'))
          const start = target.selectionStart ?? value.length
          const end = target.selectionEnd ?? value.length
          onChange(value.slice(0, start) + pasted + value.slice(end))
        }}
      />
      <p className="field-hint id-count" id={`${id}-count`}>
        {digits > 0 ? t('services:idField.digits', { count: digits }) : null}
      </p>
      <div id={`${id}-message`} aria-live="polite">
        {error ? (
          <p className="field-message" data-testid={`${id}-message`}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  )
})

/** The message for a number that cannot be sent as it is. */
export function idProblemText(
  t: ReturnType<typeof useServicesTranslation>['t'],
  problem: 'empty' | 'notDigits' | 'length',
  accepts: 'all' | 'uinVid',
  lengths: IdLengths,
): string {
  const numbers = { uin: lengths.uin, vid: lengths.vid, aid: lengths.aid }
  if (problem === 'notDigits') return t('services:idField.notDigits')
  if (problem === 'empty') {
    return accepts === 'all' ? t('services:idField.emptyAll') : t('services:idField.emptyUinVid')
  }
  return accepts === 'all'
    ? t('services:idField.lengthAll', numbers)
    : t('services:idField.lengthUinVid', numbers)
}
