import { apiGet, type RequestOptions } from './client.ts'

/** The development mailbox (demo mode only): messages the notifier "sent", newest first. */

export interface MailboxMessage {
  id: string
  channel: 'EMAIL' | 'SMS'
  to: string
  subject: string | null
  body: string
  sentAt: string
}

export async function getMailbox(
  query: { to?: string; limit?: number },
  options?: RequestOptions,
): Promise<MailboxMessage[]> {
  const params = new URLSearchParams({ limit: String(query.limit ?? 50) })
  const to = query.to?.trim()
  if (to) params.set('to', to)
  const res = await apiGet<{ messages: MailboxMessage[] }>(`/dev/mailbox?${params}`, options)
  return Array.isArray(res.messages) ? res.messages : []
}
