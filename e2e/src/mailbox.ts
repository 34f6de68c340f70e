import type { ResponseOf } from '../../portal/src/api/types.ts'

/**
 * One-time codes from the server's development mailbox (demo mode). Both browsers run in this
 * process against one server, so a test that asks for a code to an address first claims that
 * address: the other browser waits, and "the new message" is certainly this test's own.
 */

/** A message as `GET /dev/mailbox` answers it (the portal's types, generated from the server's). */
export type MailboxMessage = ResponseOf<'/dev/mailbox'>['messages'][number]

/** The six-digit code in a message body (the OTP templates write it in ASCII digits). */
export function codeIn(body: string): string | undefined {
  return /(?<!\d)(\d{6})(?!\d)/.exec(body)?.[1]
}

/** Messages to `to`, newest first, as the API answers them. */
export async function mailboxMessages(
  baseUrl: string,
  to: string,
  limit = 20,
): Promise<MailboxMessage[]> {
  const q = new URLSearchParams({ to, limit: String(limit) })
  const res = await fetch(`${baseUrl}/resident/v1/dev/mailbox?${q}`, {
    headers: { accept: 'application/json' },
  })
  if (!res.ok) throw new Error(`GET /dev/mailbox: HTTP ${res.status}`)
  const body = (await res.json()) as {
    response: { messages: MailboxMessage[] } | null
    errors: unknown[] | null
  }
  if (!body.response) throw new Error(`GET /dev/mailbox: ${JSON.stringify(body.errors)}`)
  return body.response.messages
}

export interface Inbox {
  /** Message ids present when the address was claimed. */
  readonly seen: ReadonlySet<number>
  /** Waits for a message that arrived after the claim and carries a code; returns the code. */
  nextCode(timeoutMs?: number): Promise<string>
  /** Messages that arrived since the claim (newest first). */
  newMessages(): Promise<MailboxMessage[]>
  release(): void
}

const queues = new Map<string, Promise<void>>()

/** Waits for exclusive use of `address`, then notes the messages already there. */
export async function claimInbox(baseUrl: string, address: string): Promise<Inbox> {
  const key = address.toLowerCase()
  const previous = queues.get(key) ?? Promise.resolve()
  let release = () => {}
  const mine = new Promise<void>((resolve) => {
    release = resolve
  })
  const tail = previous.then(() => mine)
  queues.set(key, tail)
  await previous
  let released = false
  const done = () => {
    if (released) return
    released = true
    release()
    if (queues.get(key) === tail) queues.delete(key)
  }
  try {
    const seen = new Set((await mailboxMessages(baseUrl, address, 200)).map((m) => m.id))
    const newMessages = async () =>
      (await mailboxMessages(baseUrl, address)).filter((m) => !seen.has(m.id))
    return {
      seen,
      newMessages,
      release: done,
      async nextCode(timeoutMs = 10_000) {
        const until = Date.now() + timeoutMs
        for (;;) {
          for (const m of await newMessages()) {
            const code = codeIn(m.body)
            if (code) return code
          }
          if (Date.now() > until) {
            throw new Error(`no new message with a code reached the mailbox in ${timeoutMs} ms`)
          }
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      },
    }
  } catch (error) {
    done()
    throw error
  }
}

/** Runs `fn` holding `address`; releases it however `fn` ends. */
export async function withInbox<T>(
  baseUrl: string,
  address: string,
  fn: (inbox: Inbox) => Promise<T>,
): Promise<T> {
  const inbox = await claimInbox(baseUrl, address)
  try {
    return await fn(inbox)
  } finally {
    inbox.release()
  }
}

/** A six-digit code that is surely not `code` (its last digit changed). */
export function wrongCode(code: string): string {
  const last = Number(code.at(-1))
  return `${code.slice(0, -1)}${(last + 1) % 10}`
}
