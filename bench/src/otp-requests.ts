// The requests of the OTP benchmark, as a client of the MOSIP resident API sends them, and the
// checks that an answer is a real success (MOSIP answers business errors with HTTP 200).
import type { Workload } from './load.ts'
import type { OtpIndividual } from './otp-identities.ts'

// Verify's pair: an OTP opens only the route of its purpose (issue 10), `/validate-otp` the
// codes `/req/otp` sent.
export const SEND_PATH = '/resident/v1/req/otp'
export const VALIDATE_PATH = '/resident/v1/validate-otp'
export const MAILBOX_PATH = '/resident/v1/dev/mailbox'

/** An OTP the server sent, ready to be checked once. */
export interface OtpTicket {
  individualId: string
  transactionId: string
  otp: string
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const

/**
 * Distinct 10-digit transaction ids (the client picks them, MOSIP binds the OTP to one), counting
 * up from a random start so two runs on one database do not reuse a transaction.
 */
export function transactionIds(start = 1_000_000_000 + Math.floor(Math.random() * 8e9)) {
  let next = start
  return () => {
    if (next > 9_999_999_999) next = 1_000_000_000
    return String(next++)
  }
}

/** `POST /req/otp`, IDA's internal OTP request, email only. */
export function sendBody(individualId: string, transactionId: string, now = new Date()): string {
  return JSON.stringify({
    id: 'mosip.identity.otp.internal',
    version: '1.0',
    transactionId,
    requestTime: now.toISOString(),
    individualId,
    otpChannel: ['EMAIL'],
    metadata: {},
  })
}

/** `POST /validate-otp`, MOSIP's request wrapper around the OTP. */
export function validateBody(ticket: OtpTicket, now = new Date()): string {
  return JSON.stringify({
    id: 'mosip.resident.identity.auth',
    version: '1.0',
    requesttime: now.toISOString(),
    request: {
      transactionId: ticket.transactionId,
      individualId: ticket.individualId,
      otp: ticket.otp,
    },
  })
}

/** POSTs a JSON body; resolves with the answer's bytes when it is a 200 that `ok` accepts. */
export async function postOk(
  url: string,
  body: string,
  ok: (text: string) => boolean = () => true,
): Promise<Buffer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: JSON_HEADERS,
    body,
    signal: AbortSignal.timeout(30_000),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  if (response.status !== 200 || !ok(text)) {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`)
  }
  return bytes
}

function parse(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body)
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

const noErrors = (json: Record<string, unknown>) =>
  json.errors === null || (Array.isArray(json.errors) && json.errors.length === 0)

/** An IDA-style answer that the OTP went out by email. */
export function isOtpSent(body: string): boolean {
  const json = parse(body)
  const response = json?.response as { maskedEmail?: unknown } | null | undefined
  return !!json && noErrors(json) && typeof response?.maskedEmail === 'string'
}

/** An envelope saying the OTP was right. */
export function isOtpValidated(body: string): boolean {
  const json = parse(body)
  const response = json?.response as { authStatus?: unknown } | null | undefined
  return !!json && noErrors(json) && response?.authStatus === true
}

/** The OTP in a message's text: the only run of exactly six digits in the OTP templates. */
export function otpIn(text: string): string | undefined {
  return /(?<![0-9])[0-9]{6}(?![0-9])/.exec(text)?.[0]
}

/** Counts what a workload asked for, to know how many OTPs each individual was sent. */
export interface CountedWorkload extends Workload {
  issued(): number
}

/** Each request a new transaction for the next individual in rotation, from `offset`. */
export function sendWorkload(
  individuals: OtpIndividual[],
  nextTransactionId: () => string,
  offset = 0,
): CountedWorkload {
  if (individuals.length === 0) throw new Error('no individual to send OTPs to')
  let issued = 0
  return {
    variety: individuals.length,
    issued: () => issued,
    next() {
      const who = individuals[(offset + issued++) % individuals.length] as OtpIndividual
      return {
        method: 'POST',
        path: SEND_PATH,
        headers: { ...JSON_HEADERS },
        body: sendBody(who.individualId, nextTransactionId()),
      }
    },
    verify: isOtpSent,
  }
}

/**
 * Each request checks the next unused ticket. Past the last one it repeats it (an OTP is single
 * use, so that answer is a failure the report shows): size the run to the tickets.
 */
export function validateWorkload(tickets: OtpTicket[]): CountedWorkload {
  if (tickets.length === 0) throw new Error('no OTP to validate')
  let issued = 0
  return {
    variety: tickets.length,
    issued: () => issued,
    next() {
      const ticket = tickets[Math.min(issued++, tickets.length - 1)] as OtpTicket
      return {
        method: 'POST',
        path: VALIDATE_PATH,
        headers: { ...JSON_HEADERS },
        body: validateBody(ticket),
      }
    },
    verify: isOtpValidated,
  }
}
