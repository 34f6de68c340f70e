import {
  ApiError,
  CLIENT_ERROR,
  httpError,
  type RequestOptions,
  readEnvelope,
  sendRequest,
} from './client.ts'

/*
 * POST calls and file answers of the resident API, on client.ts's one fetch and envelope
 * reading. Kept out of client.ts because the first page never needs them.
 */

export interface SendOptions extends RequestOptions {
  /** Extra request headers (e.g. `X-Captcha`). */
  headers?: Record<string, string>
}

type Call = SendOptions & { body?: unknown }

/** A JSON body (if any) with the headers of this call. */
function init(method: 'GET' | 'POST', accept: string, options: Call): RequestInit {
  const headers: Record<string, string> = { accept, ...options.headers }
  if (options.body === undefined) return { method, headers }
  headers['content-type'] = 'application/json'
  return { method, headers, body: JSON.stringify(options.body) }
}

/** A successful answer: the envelope's `response` and the HTTP headers (e.g. `eventId`). */
export interface ApiResult<T> {
  data: T
  headers: Headers
}

/** A JSON call: `response` of the envelope plus the headers, or an `ApiError`. */
export async function apiRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  options: Call = {},
): Promise<ApiResult<T>> {
  const res = await sendRequest(path, init(method, 'application/json', options), options)
  return { data: await readEnvelope<T>(res), headers: res.headers }
}

export async function apiPost<T>(
  path: string,
  body: unknown,
  options: SendOptions = {},
): Promise<T> {
  return (await apiRequest<T>('POST', path, { ...options, body })).data
}

export interface FileResult {
  blob: Blob
  /** From `Content-Disposition`, when the server named the file. */
  fileName: string | undefined
  headers: Headers
}

/**
 * A call answered with a file (e.g. a PDF), or with a JSON envelope when it failed: the file, or
 * the envelope's error as an `ApiError`.
 */
export async function apiFile(
  method: 'GET' | 'POST',
  path: string,
  options: Call & { accept?: string } = {},
): Promise<FileResult> {
  const accept = options.accept ?? 'application/pdf, application/json'
  const res = await sendRequest(path, init(method, accept, options), options)
  const type = res.headers.get('content-type') ?? ''
  if (/\bjson\b/i.test(type)) {
    await readEnvelope<unknown>(res)
    // A JSON answer without an error is not the file that was asked for.
    throw new ApiError(CLIENT_ERROR.badResponse, 'Expected a file', res.status)
  }
  if (!res.ok) throw httpError(res)
  let blob: Blob
  try {
    blob = await res.blob()
  } catch {
    throw new ApiError(CLIENT_ERROR.network, 'Network error')
  }
  return {
    blob,
    fileName: fileNameFromDisposition(res.headers.get('content-disposition')),
    headers: res.headers,
  }
}

/**
 * The file name of a `Content-Disposition` header (RFC 6266: `filename*` first, then
 * `filename`), reduced to a safe base name; undefined when there is none.
 */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined
  let name: string | undefined
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended?.[2]) {
    try {
      name = decodeURIComponent(extended[2].trim())
    } catch {
      name = undefined
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header)
    name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim()
  }
  // Never a path: only the last segment, without control characters.
  const base = name
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\p{Cc}/gu, '')
    .trim()
  return base && base !== '.' && base !== '..' ? base : undefined
}
