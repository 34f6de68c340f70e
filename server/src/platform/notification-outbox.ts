import type { QueryExecutorProvider } from 'kysely'
import type { NotificationRequest, NotifierPort } from './notifier.ts'
import type { Outbox, OutboxEntry, OutboxHandler } from './outbox.ts'

/** The outbox kind of one message on one channel. */
export const NOTIFY_KIND = 'notify'

/** Why a delivery job is retried: a code only (SMTP replies echo the recipient). */
export class NotificationNotDelivered extends Error {
  readonly code = 'NOT_DELIVERED'
  constructor(channel: string) {
    super(`${channel} not delivered`)
    this.name = 'NotificationNotDelivered'
  }
}

type Stored = Omit<NotificationRequest, 'variables'> & {
  variables: Omit<NotificationRequest['variables'], 'when'> & { when?: string }
}

/**
 * Queues a notification in the caller's transaction: one entry per channel with a contact, so
 * a retry after the email went out never sends the email again. Sealed (contacts, names, OTPs).
 */
export async function queueNotification(
  outbox: Outbox,
  executor: QueryExecutorProvider,
  request: NotificationRequest,
  options: { key: string; expiresAt?: Date | null; kind?: string },
): Promise<void> {
  for (const entry of notificationEntries(request, options)) {
    await outbox.enqueue(executor, entry)
  }
}

/** The outbox entries of a notification (see queueNotification), for a caller writing rows. */
export function notificationEntries(
  request: NotificationRequest,
  options: { key: string; expiresAt?: Date | null; kind?: string },
): OutboxEntry[] {
  const { when, ...variables } = request.variables
  const channels = [
    ['EMAIL', request.to.email ? { email: request.to.email } : null],
    ['SMS', request.to.phone ? { phone: request.to.phone } : null],
  ] as const
  const entries: OutboxEntry[] = []
  for (const [channel, to] of channels) {
    if (!to) continue
    const payload: Stored = {
      ...request,
      to,
      variables: { ...variables, ...(when ? { when: when.toISOString() } : {}) },
    }
    entries.push({
      kind: options.kind ?? NOTIFY_KIND,
      key: `${options.key}:${channel}`,
      payload,
      sealed: true,
      expiresAt: options.expiresAt ?? null,
    })
  }
  return entries
}

/** Delivers one queued message through the notifier; a failed channel throws to retry. */
export function notificationHandler(notifier: NotifierPort): OutboxHandler {
  return async (payload) => {
    const stored = payload as Stored
    const { when, ...variables } = stored.variables
    const request: NotificationRequest = {
      ...stored,
      variables: { ...variables, ...(when ? { when: new Date(when) } : {}) },
    }
    const result = await notifier.send(request)
    if (request.to.email && result.email === 'failed') throw new NotificationNotDelivered('EMAIL')
    if (request.to.phone && result.sms === 'failed') throw new NotificationNotDelivered('SMS')
  }
}
