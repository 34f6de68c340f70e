import { apiGet, type RequestOptions } from '../../api/client.ts'
import type { ResponseOf } from '../../api/types.ts'

/** The development mailbox (demo mode only): messages the notifier "sent", newest first. */

type MailboxResponse = ResponseOf<'/dev/mailbox'>

export type MailboxMessage = MailboxResponse['messages'][number]

export async function getMailbox(
  query: { to?: string; limit?: number },
  options?: RequestOptions,
): Promise<MailboxMessage[]> {
  const params = new URLSearchParams({ limit: String(query.limit ?? 50) })
  const to = query.to?.trim()
  if (to) params.set('to', to)
  const res = await apiGet<MailboxResponse>(`/dev/mailbox?${params}`, options)
  return Array.isArray(res.messages) ? res.messages : []
}
