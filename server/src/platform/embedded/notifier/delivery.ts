import { createTransport } from 'nodemailer'
import type { RenderedNotification } from './templates/render.ts'

/** How long the SMS gateway may take to answer. */
export const SMS_TIMEOUT_MS = 5000

/** A delivery failure known only by a short code (an HTTP status), never by its content. */
export class DeliveryError extends Error {
  readonly code: string
  constructor(code: string) {
    super(code)
    this.name = 'DeliveryError'
    this.code = code
  }
}

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/
const NAME = /^[A-Za-z]{1,60}$/

/**
 * What kind of failure this was, safe to log: an error code (ECONNREFUSED, EAUTH, HTTP_502) or
 * class name. Messages are never used: SMTP replies echo the recipient's address.
 */
export function errorClass(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && CODE.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  const name = (error as { name?: unknown } | null)?.name
  return typeof name === 'string' && NAME.test(name) ? name : 'Error'
}

export interface EmailSender {
  send(to: string, message: RenderedNotification): Promise<void>
  close(): void
}

/** One SMTP transport for the process, opened per message (or pooled with `?pool=true`). */
export function createEmailSender(smtpUrl: string, from: string): EmailSender {
  const transport = createTransport({
    url: smtpUrl,
    // Fail within seconds rather than nodemailer's minutes when the server is unreachable.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return {
    async send(to, message) {
      await transport.sendMail({
        from,
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          'Content-Language': message.tags.join(', '),
          // RFC 3834: tells auto-responders not to answer.
          'Auto-Submitted': 'auto-generated',
        },
      })
    },
    close: () => transport.close(),
  }
}

/** POSTs `{to, message}` as JSON to the gateway; any answer but 2xx is a failure. */
export async function sendSms(
  gatewayUrl: string,
  to: string,
  message: string,
  timeoutMs = SMS_TIMEOUT_MS,
): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to, message }),
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
  })
  await response.body?.cancel()
  if (!response.ok) throw new DeliveryError(`HTTP_${response.status}`)
}
