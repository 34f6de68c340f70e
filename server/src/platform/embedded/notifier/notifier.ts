import type { NotificationResult, NotifierPort } from '../../notifier.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import { validEmail, validPhone } from './contacts.ts'
import { createEmailSender, errorClass, sendSms } from './delivery.ts'
import { createMailboxStore, MAILBOX_LIMIT, type MailboxEntry } from './mailbox.ts'
import { MissingTemplateVariableError, renderNotification } from './templates/render.ts'

type Status = NotificationResult['email']

export interface EmbeddedNotifierDeps {
  /** SMTP server URL; absent → no email leaves the server (the mailbox may still keep it). */
  smtpUrl?: string | undefined
  mailFrom: string
  /** HTTP SMS gateway taking POST `{to, message}`; absent → no SMS leaves the server. */
  smsGatewayUrl?: string | undefined
  /** Keep a copy of every message in `ntf_mailbox` (demo mode). */
  devMailbox: boolean
  publicUrl: string
  log: { warn(obj: object, msg: string): void }
  now?: () => Date
  /** Rows the mailbox keeps (default 1,000). */
  mailboxLimit?: number
  smsTimeoutMs?: number
}

export interface EmbeddedNotifier extends NotifierPort {
  /** Releases the SMTP transport (pooled connections) at shutdown. */
  close(): Promise<void>
}

/**
 * The embedded notifier: renders MOSIP's templates in the resident's languages and sends them by
 * SMTP and an HTTP SMS gateway, keeping copies in the development mailbox when it is on. It never
 * throws: each channel reports sent, skipped (no valid contact, nothing configured) or failed.
 */
export function createEmbeddedNotifier(db: Database, deps: EmbeddedNotifierDeps): EmbeddedNotifier {
  const now = deps.now ?? (() => new Date())
  const store = deps.devMailbox
    ? createMailboxStore(db, { now, limit: deps.mailboxLimit ?? MAILBOX_LIMIT })
    : undefined
  const email = deps.smtpUrl ? createEmailSender(deps.smtpUrl, deps.mailFrom) : undefined
  const smsGatewayUrl = deps.smsGatewayUrl

  // Only the channel and the kind of failure: never the contact, the code or the text.
  function warn(channel: 'EMAIL' | 'SMS', error: unknown, via: string) {
    deps.log.warn({ channel, via, error: errorClass(error) }, 'notification not delivered')
  }

  /** A copy in the mailbox; true when it was kept. */
  async function keep(entry: MailboxEntry): Promise<boolean> {
    if (!store) return false
    try {
      await store.add(entry)
      return true
    } catch (error) {
      warn(entry.channel, error, 'mailbox')
      return false
    }
  }

  async function deliver(
    entry: MailboxEntry,
    via: string,
    send: (() => Promise<void>) | undefined,
  ): Promise<Status> {
    // Without a real channel (demo mode) the mailbox is the delivery.
    if (!send) return (await keep(entry)) ? 'sent' : 'failed'
    try {
      await send()
    } catch (error) {
      warn(entry.channel, error, via)
      return 'failed'
    }
    // A copy only of what went out: a message retried after a failure is kept once.
    await keep(entry)
    return 'sent'
  }

  return {
    async send(request) {
      const to = validEmail(request.to.email)
      const phone = validPhone(request.to.phone)
      const emailOn = to !== undefined && (email !== undefined || store !== undefined)
      const smsOn = phone !== undefined && (smsGatewayUrl !== undefined || store !== undefined)
      if (!emailOn && !smsOn) return { email: 'skipped', sms: 'skipped' }

      let message: ReturnType<typeof renderNotification>
      try {
        message = renderNotification(request, { publicUrl: deps.publicUrl, now: now() })
      } catch (error) {
        const variable = error instanceof MissingTemplateVariableError ? error.variable : undefined
        deps.log.warn(
          { topic: request.topic, error: errorClass(error), variable },
          'notification not rendered',
        )
        return { email: emailOn ? 'failed' : 'skipped', sms: smsOn ? 'failed' : 'skipped' }
      }

      const [emailStatus, smsStatus] = await Promise.all([
        emailOn && to !== undefined
          ? deliver(
              { channel: 'EMAIL', to, subject: message.subject, body: message.text },
              'smtp',
              email && (() => email.send(to, message)),
            )
          : ('skipped' as const),
        smsOn && phone !== undefined
          ? deliver(
              { channel: 'SMS', to: phone, subject: null, body: message.sms },
              'gateway',
              smsGatewayUrl
                ? () => sendSms(smsGatewayUrl, phone, message.sms, deps.smsTimeoutMs)
                : undefined,
            )
          : ('skipped' as const),
      ])
      return { email: emailStatus, sms: smsStatus }
    },

    deliverable: () => ({
      email: email !== undefined || store !== undefined,
      sms: smsGatewayUrl !== undefined || store !== undefined,
    }),

    ...(store ? { mailbox: { list: (options) => store.list(options) } } : {}),

    async close() {
      email?.close()
    },
  }
}
