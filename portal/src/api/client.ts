/**
 * The portal's one way to call the resident API. MOSIP answers with an envelope
 * `{id, version, responsetime, metadata, response, errors}` and reports most business errors
 * with HTTP 200 and a non-empty `errors[]`; this module unwraps `response` and turns every failure
 * into an `ApiError` with a code the UI can translate.
 */

export const API_BASE: string = import.meta.env.VITE_API_BASE ?? '/resident/v1'

const DEFAULT_TIMEOUT_MS = 20_000

export interface EnvelopeError {
  errorCode: string
  /** MOSIP style. */
  message?: string
  /** ID-authentication style (OTP routes). */
  errorMessage?: string
}

export interface Envelope<T> {
  id: string | null
  version: string | null
  responsetime?: string
  metadata?: unknown
  response: T | null
  errors: EnvelopeError[] | null
}

/** Codes the client itself produces when no server code exists. */
export const CLIENT_ERROR = {
  network: 'NETWORK',
  timeout: 'TIMEOUT',
  badResponse: 'BAD_RESPONSE',
} as const

export class ApiError extends Error {
  /** A server error code (`RES-SER-410`), `HTTP_<status>`, or one of `CLIENT_ERROR`. */
  readonly code: string
  readonly status: number | undefined
  readonly errors: readonly EnvelopeError[]
  /** How long the server asked us to wait (`Retry-After`, in seconds), when it said. */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: string,
    message: string,
    status?: number,
    errors: EnvelopeError[] = [],
    retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.errors = errors
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

export interface RequestOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

/** Percent-encodes one path segment (user text such as a location name). */
export const segment = (value: string | number) => encodeURIComponent(String(value))

/** `Retry-After` in seconds (the resident API sends seconds, not a date), if given. */
export function retryAfterSeconds(value: string | null): number | undefined {
  return value && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined
}

/**
 * The one fetch of the portal: time-out, caller abort, and client-side failure codes. POST calls
 * and file answers (`requests.ts`) use it too; they live apart to keep the first page small.
 */
export async function sendRequest(
  path: string,
  init: RequestInit,
  options: RequestOptions = {},
): Promise<Response> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const onAbort = () => controller.abort()
  options.signal?.addEventListener('abort', onAbort, { once: true })
  if (options.signal?.aborted) controller.abort()

  try {
    return await fetch(`${API_BASE}${path}`, {
      ...init,
      credentials: 'same-origin',
      signal: controller.signal,
    })
  } catch (error) {
    if (timedOut) throw new ApiError(CLIENT_ERROR.timeout, 'Request timed out')
    if (isAbort(error)) throw error
    throw new ApiError(CLIENT_ERROR.network, 'Network error')
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onAbort)
  }
}

export async function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await sendRequest(path, { headers: { accept: 'application/json' } }, options)
  return readEnvelope<T>(res)
}

export function httpError(res: Response): ApiError {
  return new ApiError(
    `HTTP_${res.status}`,
    res.statusText,
    res.status,
    [],
    retryAfterSeconds(res.headers.get('retry-after')),
  )
}

export async function readEnvelope<T>(res: Response): Promise<T> {
  let body: Partial<Envelope<T>> | undefined
  try {
    body = (await res.json()) as Partial<Envelope<T>>
  } catch {
    body = undefined
  }
  const errors = Array.isArray(body?.errors) ? body.errors : []
  const first = errors[0]
  if (first && typeof first.errorCode === 'string') {
    throw new ApiError(
      first.errorCode,
      first.message ?? first.errorMessage ?? first.errorCode,
      res.status,
      errors,
      retryAfterSeconds(res.headers.get('retry-after')),
    )
  }
  if (!res.ok) throw httpError(res)
  if (!body || body.response === undefined || body.response === null) {
    throw new ApiError(CLIENT_ERROR.badResponse, 'Response without content', res.status)
  }
  return body.response
}
