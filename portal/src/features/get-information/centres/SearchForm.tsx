import { type FormEvent, useEffect, useId, useState } from 'react'
import type { ApiState } from '../../../api/useApi.ts'
import { ErrorMessage } from '../../../components/ErrorMessage.tsx'
import { useCentresTranslation } from '../../../i18n/useServicesTranslation.ts'
import type { LocationHierarchyLevel } from '../api.ts'
import { isSearchableText } from './format.ts'

interface Props {
  levels: ApiState<LocationHierarchyLevel[]> & { reload: () => void }
  /** The search currently in the URL, to fill the fields (e.g. after Back). */
  initialLevel: number | undefined
  initialText: string
  onSearch: (level: number, text: string) => void
}

/**
 * Location type + place name. Search is enabled once a type is chosen and the text has at least
 * three characters with a letter or digit (any script); otherwise a message says what is missing.
 */
export function SearchForm({ levels, initialLevel, initialText, onSearch }: Props) {
  const { t } = useCentresTranslation()
  const ids = { level: useId(), levelMsg: useId(), text: useId(), hint: useId(), textMsg: useId() }
  const [level, setLevel] = useState(initialLevel ? String(initialLevel) : '')
  const [text, setText] = useState(initialText)

  useEffect(() => {
    setLevel(initialLevel ? String(initialLevel) : '')
    setText(initialText)
  }, [initialLevel, initialText])

  const levelList = levels.status === 'success' ? levels.data : []
  const levelValid = levelList.some((l) => String(l.hierarchyLevel) === level)
  const textValid = isSearchableText(text)
  const textMessage = text.trim() !== '' && !textValid ? t('centres:textInvalid') : ''
  const levelMessage =
    textValid && !levelValid && levels.status === 'success' ? t('centres:levelRequired') : ''

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (levelValid && textValid) onSearch(Number(level), text.trim())
  }

  return (
    <search aria-labelledby="search-heading">
      <form className="search-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.level}>{t('centres:levelLabel')}</label>
          <select
            id={ids.level}
            data-testid="level-select"
            value={levelValid ? level : ''}
            disabled={levels.status !== 'success'}
            aria-describedby={ids.levelMsg}
            aria-invalid={levelMessage ? true : undefined}
            onChange={(event) => setLevel(event.target.value)}
          >
            <option value="">
              {levels.status === 'loading'
                ? t('centres:levelsLoading')
                : t('centres:levelPlaceholder')}
            </option>
            {levelList.map((l) => (
              <option key={l.hierarchyLevel} value={String(l.hierarchyLevel)}>
                {l.hierarchyLevelName}
              </option>
            ))}
          </select>
          <div id={ids.levelMsg} aria-live="polite">
            {levelMessage ? <p className="field-message">{levelMessage}</p> : null}
            {levels.status === 'error' ? (
              <ErrorMessage error={levels.error} onRetry={levels.reload} />
            ) : null}
          </div>
        </div>

        <div className="field">
          <label htmlFor={ids.text}>{t('centres:textLabel')}</label>
          <p className="field-hint" id={ids.hint}>
            {t('centres:textHint')}
          </p>
          <input
            id={ids.text}
            type="search"
            data-testid="search-input"
            value={text}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={`${ids.hint} ${ids.textMsg}`}
            aria-invalid={textMessage ? true : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <div id={ids.textMsg} aria-live="polite">
            {textMessage ? <p className="field-message">{textMessage}</p> : null}
          </div>
        </div>

        <div className="form-actions">
          <button
            type="submit"
            className="button"
            data-testid="search-button"
            disabled={!(levelValid && textValid)}
          >
            {t('centres:search')}
          </button>
        </div>
      </form>
    </search>
  )
}
