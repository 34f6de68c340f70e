// OTPs to validate: sent over HTTP like any client, then read back from the development mailbox,
// as a resident reads their email. The mailbox answers at most 200 messages per request, so
// OTPs go out in batches of distinct individuals, each batch read back at once.
import type { OtpIndividual } from './otp-identities.ts'
import {
  isOtpSent,
  MAILBOX_PATH,
  type OtpTicket,
  otpIn,
  postOk,
  SEND_PATH,
  sendBody,
} from './otp-requests.ts'

/** The mailbox route's largest page. */
export const MAILBOX_PAGE = 200

interface MailboxMessage {
  id: number
  to: string
  body: string
}

/** The newest `limit` messages of the development mailbox. */
async function newestMessages(baseUrl: string, limit: number): Promise<MailboxMessage[]> {
  const response = await fetch(`${baseUrl}${MAILBOX_PATH}?limit=${limit}`, {
    signal: AbortSignal.timeout(30_000),
  })
  if (response.status !== 200) {
    throw new Error(`the development mailbox answered ${response.status}: is it on?`)
  }
  const json = (await response.json()) as { response?: { messages?: MailboxMessage[] } }
  return json.response?.messages ?? []
}

/** Runs `work` over `items` with at most `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
}

export interface PoolOptions {
  baseUrl: string
  individuals: OtpIndividual[]
  /** Where in the rotation of individuals to start (continues the caller's rotation). */
  offset: number
  count: number
  connections: number
  nextTransactionId: () => string
}

/**
 * Sends `count` OTPs and reads each back from the mailbox. Nothing else may send messages
 * meanwhile: each batch takes the newest messages as its own. Fails loudly on any refusal.
 */
export async function preSendOtps(options: PoolOptions): Promise<OtpTicket[]> {
  const { baseUrl, individuals, count } = options
  const batchSize = Math.min(MAILBOX_PAGE, individuals.length)
  const tickets: OtpTicket[] = []
  let cursor = options.offset
  while (tickets.length < count) {
    const batch = Array.from({ length: Math.min(batchSize, count - tickets.length) }, () => {
      const who = individuals[cursor++ % individuals.length] as OtpIndividual
      return { ...who, transactionId: options.nextTransactionId() }
    })
    await inParallel(batch, options.connections, async (one) => {
      const sent = await postOk(baseUrl + SEND_PATH, sendBody(one.individualId, one.transactionId))
      const answer = sent.toString('utf8')
      if (!isOtpSent(answer)) throw new Error(`an OTP send was refused: ${answer.slice(0, 300)}`)
    })
    const otps = new Map<string, string>()
    // Newest first: the first message to an address is the latest OTP it got.
    for (const message of await newestMessages(baseUrl, batch.length)) {
      const otp = otpIn(message.body)
      const to = message.to.toLowerCase()
      if (otp && !otps.has(to)) otps.set(to, otp)
    }
    for (const one of batch) {
      const otp = otps.get(one.email.toLowerCase())
      if (!otp) throw new Error(`an OTP sent was not in the development mailbox`)
      tickets.push({ individualId: one.individualId, transactionId: one.transactionId, otp })
    }
  }
  return tickets
}
