// OTPs to validate: sent over HTTP like any client, then read back from the development mailbox,
// as a resident reads their email. The server answers a send before the email exists (its job
// runner delivers it shortly after), so each batch starts with the server's job queue empty,
// notes the newest message, and waits for one newer message per address of the batch. The
// mailbox answers at most 200 messages per request, so batches are of up to 200 individuals.
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
/** How long a batch's messages or an emptying job queue may take. */
const DELIVERY_TIMEOUT_MS = 60_000
const POLL_MS = 20
const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS))

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

/** The server's jobs waiting or running, from its metrics (`resident_jobs_queue_depth`). */
async function pendingJobs(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(30_000) })
  const text = await response.text()
  let pending: number | undefined
  for (const [, , n] of text.matchAll(
    /^resident_jobs_queue_depth\{state="(queued|running)"\} (\d+)$/gm,
  )) {
    pending = (pending ?? 0) + Number(n)
  }
  if (response.status !== 200 || pending === undefined) {
    throw new Error(`${baseUrl}/metrics answered ${response.status} without the job queue depth`)
  }
  return pending
}

/**
 * Waits until the server has no job waiting or running: every message it queued (OTPs,
 * notices) is delivered. Fails after a minute (a message the runner keeps retrying).
 */
export async function jobsDone(baseUrl: string): Promise<void> {
  const started = performance.now()
  while ((await pendingJobs(baseUrl)) > 0) {
    if (performance.now() - started > DELIVERY_TIMEOUT_MS) {
      throw new Error(`the server's job queue did not empty in ${DELIVERY_TIMEOUT_MS / 1000} s`)
    }
    await pause()
  }
}

/**
 * The OTP of each address in `emails`, from the messages newer than `mark` (the newest before
 * the batch was sent), waiting for the job runner to deliver them.
 */
async function awaitOtps(baseUrl: string, emails: string[], mark: number) {
  const wanted = new Set(emails.map((e) => e.toLowerCase()))
  const started = performance.now()
  for (;;) {
    const otps = new Map<string, string>()
    for (const message of await newestMessages(baseUrl, wanted.size)) {
      const to = message.to.toLowerCase()
      const otp = otpIn(message.body)
      if (message.id <= mark) continue
      if (!(wanted.has(to) && otp) || otps.has(to)) {
        throw new Error('a message the batch did not cause: did something else send?')
      }
      otps.set(to, otp)
    }
    if (otps.size === wanted.size) return otps
    if (performance.now() - started > DELIVERY_TIMEOUT_MS) {
      throw new Error(
        `${wanted.size - otps.size} of ${wanted.size} OTPs sent were not in the development mailbox after ${DELIVERY_TIMEOUT_MS / 1000} s`,
      )
    }
    await pause()
  }
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
 * meanwhile: each batch takes the messages after its mark as its own. Fails loudly on any
 * refusal or a message that does not come.
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
    await jobsDone(baseUrl)
    const mark = (await newestMessages(baseUrl, 1))[0]?.id ?? 0
    await inParallel(batch, options.connections, async (one) => {
      const sent = await postOk(baseUrl + SEND_PATH, sendBody(one.individualId, one.transactionId))
      const answer = sent.toString('utf8')
      if (!isOtpSent(answer)) throw new Error(`an OTP send was refused: ${answer.slice(0, 300)}`)
    })
    const otps = await awaitOtps(
      baseUrl,
      batch.map((one) => one.email),
      mark,
    )
    for (const one of batch) {
      const otp = otps.get(one.email.toLowerCase()) as string
      tickets.push({ individualId: one.individualId, transactionId: one.transactionId, otp })
    }
  }
  return tickets
}
