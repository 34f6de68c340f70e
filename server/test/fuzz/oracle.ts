/**
 * The property every answer must have, whatever was sent: below 500; a PDF only from a route
 * that answers PDFs, and a real one; otherwise a JSON object in the route's shape (MOSIP's
 * envelope, or IDA's on the OTP-send routes); every error code registered in
 * resident/errors.ts with its registered HTTP status, and, when the request reached its route
 * as that route, one of the codes the route publishes (`x-error-codes`) or the common ones.
 */
import { BODY_ERROR_CODES, COMMON_ERROR_CODES } from '../../src/http/error-codes.ts'
import { ERRORS } from '../../src/resident/errors.ts'
import type { FuzzOperation } from './operations.ts'
import type { FuzzRequest } from './request.ts'

export interface Answer {
  status: number
  contentType: string
  /** The body, decompressed. */
  raw: Buffer
}

const COMMON: ReadonlySet<string> = new Set(COMMON_ERROR_CODES)
const MOSIP_KEYS = ['id', 'version', 'responsetime', 'response', 'errors'] as const
const IDA_KEYS = ['id', 'version', 'transactionID', 'responseTime', 'response', 'errors'] as const

/** The first error code of an answer, if it has one (for counting). */
export function firstCode(body: unknown): string | undefined {
  const errors = (body as { errors?: unknown } | null)?.errors
  return Array.isArray(errors) ? (errors[0] as { errorCode?: string })?.errorCode : undefined
}

function errorsProblem(errors: unknown[], ida: boolean, status: number): string | null {
  for (const error of errors as Array<Record<string, unknown>>) {
    const code = String(error?.errorCode)
    const text = ida ? error?.errorMessage : error?.message
    if (!(code in ERRORS)) return `unregistered error code ${code}`
    if (typeof text !== 'string' || text === '') return `${code} without a message`
  }
  const first = String((errors[0] as { errorCode: string }).errorCode) as keyof typeof ERRORS
  const registered: number = ERRORS[first].status
  // Framework refusals without a code of their own keep their 4xx status as RES-SER-418.
  const generic = first === 'RES-SER-418' && status >= 400 && status < 500
  if (status !== registered && !generic) {
    return `HTTP ${status} with ${first}, registered as HTTP ${registered}`
  }
  return null
}

function envelopeProblem(
  op: FuzzOperation,
  req: FuzzRequest,
  status: number,
  body: Record<string, unknown>,
): string | null {
  const ida = 'responseTime' in body
  const missing = (ida ? IDA_KEYS : MOSIP_KEYS).filter((key) => !(key in body))
  if (missing.length > 0) return `envelope without ${missing.join(', ')}`
  const errors = body.errors
  if (errors === null) {
    if (status !== 200) return `HTTP ${status} without errors`
    return ida && op.shape !== 'ida' ? 'IDA-style success on a MOSIP route' : null
  }
  if (!Array.isArray(errors) || errors.length === 0) return 'errors neither null nor a list'
  if (body.response !== null) return 'a response beside errors'
  const problem = errorsProblem(errors, ida, status)
  if (problem) return problem
  const first = String((errors[0] as { errorCode: string }).errorCode)
  if (ida && op.shape !== 'ida') return `${first} in IDA style on a MOSIP route`
  if (!req.intact) return null
  const allowed = new Set<string>([
    ...COMMON,
    ...(op.body ? BODY_ERROR_CODES : []),
    ...(op.errorCodes ?? []),
  ])
  if (!allowed.has(first)) return `${first} is not among the route's x-error-codes`
  // Refusals before the route is known (address, size) may come in either shape.
  if (op.shape === 'ida' && !ida && !COMMON.has(first))
    return `${first} in MOSIP style on an IDA route`
  return null
}

/** Why this answer breaks the property, or null when it keeps it. */
export function problemOf(op: FuzzOperation, req: FuzzRequest, answer: Answer): string | null {
  const { status, contentType } = answer
  if (status >= 500) return `HTTP ${status}`
  if (req.options.method === 'HEAD') return null
  if (contentType.startsWith('application/pdf')) {
    // A changed method or path may reach another route, which may answer a PDF.
    if (!op.pdf && req.intact) return 'a PDF from a route that does not answer PDFs'
    if (status !== 200) return `a PDF with HTTP ${status}`
    return answer.raw.subarray(0, 5).toString('latin1') === '%PDF-' ? null : 'not a PDF'
  }
  if (!contentType.startsWith('application/json')) return `content type "${contentType}"`
  let body: unknown
  try {
    body = JSON.parse(answer.raw.toString('utf8'))
  } catch {
    return 'invalid JSON'
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not a JSON object'
  if (!('errors' in body)) {
    const bare = op.shape === 'bare' || !req.intact
    return bare && status === 200 ? null : 'no errors field'
  }
  return envelopeProblem(op, req, status, body as Record<string, unknown>)
}
