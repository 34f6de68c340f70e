import { type FormEvent, useEffect, useState } from 'react'
import { ApiError } from '../../api/client.ts'
import { useApi } from '../../api/useApi.ts'
import { ErrorMessage } from '../../components/ErrorMessage.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useLanguage } from '../../i18n/useLanguage.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { useSearchParams } from '../../routing/router.tsx'
import { getMailbox, type MailboxMessage } from './api.ts'
import './dev-mailbox.css'

/** The mailbox answers "no such resource" outside demo mode. */
const isOff = (error: unknown) =>
  error instanceof ApiError && (error.code === 'RES-SER-901' || error.status === 404)

function formatSent(value: string, locale: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date)
}

/**
 * Development mailbox (demo mode): what the notifier would have emailed or texted, so one-time
 * codes can be read without a mail server. Filter by recipient (kept in the address), refresh.
 */
export default function DevMailbox() {
  const { t } = useServicesTranslation()
  const { locale } = useLanguage()
  useDocumentTitle(t('services:mailbox.title'))
  const [params, setParams] = useSearchParams()
  const to = params.get('to') ?? ''
  const [draft, setDraft] = useState(to)
  useEffect(() => setDraft(to), [to])
  const mailbox = useApi((signal) => getMailbox({ to, limit: 50 }, { signal }), [to])

  const show = (event: FormEvent) => {
    event.preventDefault()
    const next = new URLSearchParams()
    if (draft.trim()) next.set('to', draft.trim())
    if (draft.trim() === to) mailbox.reload()
    else setParams(next)
  }

  const messages: MailboxMessage[] =
    mailbox.status === 'success'
      ? [...mailbox.data].sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt))
      : []

  return (
    <div className="page page-mailbox">
      <h1>{t('services:mailbox.title')}</h1>
      <p className="lead">{t('services:mailbox.intro')}</p>
      <form className="mailbox-filter" onSubmit={show}>
        <div className="field">
          <label htmlFor="mailbox-filter">{t('services:mailbox.filterLabel')}</label>
          <p className="field-hint" id="mailbox-filter-hint">
            {t('services:mailbox.filterHint')}
          </p>
          <input
            id="mailbox-filter"
            type="search"
            dir="ltr"
            value={draft}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="mailbox-filter-hint"
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" id="mailbox-show">
            {t('services:mailbox.show')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            id="mailbox-refresh"
            onClick={mailbox.reload}
          >
            {t('services:mailbox.refresh')}
          </button>
        </div>
      </form>

      <div role="status" className="mailbox-status" data-testid="mailbox-status">
        {mailbox.status === 'loading' ? <p>{t('services:mailbox.loading')}</p> : null}
        {mailbox.status === 'success' ? (
          <p>
            {messages.length > 0
              ? t('services:mailbox.count', { count: messages.length })
              : t('services:mailbox.empty')}
          </p>
        ) : null}
        {mailbox.status === 'error' && isOff(mailbox.error) ? (
          <p className="message message-warning" data-testid="mailbox-off">
            {t('services:mailbox.unavailable')}
          </p>
        ) : null}
      </div>
      {mailbox.status === 'error' && !isOff(mailbox.error) ? (
        <ErrorMessage error={mailbox.error} onRetry={mailbox.reload} />
      ) : null}

      {messages.length > 0 ? (
        <ol className="mailbox-list" data-testid="mailbox-list">
          {messages.map((message) => (
            <li key={message.id} className="mail">
              <article aria-labelledby={`mail-${message.id}`}>
                <h2 className="mail-subject" id={`mail-${message.id}`} dir="auto">
                  {message.subject ||
                    (message.channel === 'SMS'
                      ? t('services:mailbox.SMS')
                      : t('services:mailbox.noSubject'))}
                </h2>
                <dl className="mail-meta">
                  <div>
                    <dt>{t('services:mailbox.channel')}</dt>
                    <dd>{t(`services:mailbox.${message.channel === 'SMS' ? 'SMS' : 'EMAIL'}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('services:mailbox.to')}</dt>
                    <dd>
                      <bdi dir="ltr">{message.to}</bdi>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('services:mailbox.sentAt')}</dt>
                    <dd>
                      <time dateTime={message.sentAt}>{formatSent(message.sentAt, locale)}</time>
                    </dd>
                  </div>
                </dl>
                {/* Each line takes its own direction from its first letter: an Arabic block
                    reads right to left, an English one beside it left to right. */}
                <pre className="mail-body" dir="auto" data-testid="mail-body">
                  {message.body}
                </pre>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}
