import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, apiGet, CLIENT_ERROR } from './client.ts'
import { errorText, isNotFound, supportCode } from './errors.ts'

const envelope = (response: unknown, errors: unknown = null) => ({
  id: null,
  version: null,
  responsetime: '2025-01-01T00:00:00.000Z',
  metadata: null,
  response,
  errors,
})

function mockFetch(body: unknown, status = 200) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('apiGet', () => {
  it('unwraps `response` and calls the resident API base', async () => {
    const fetchMock = mockFetch(envelope({ a: 1 }))
    await expect(apiGet('/proxy/x')).resolves.toEqual({ a: 1 })
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/resident/v1/proxy/x')
  })

  it('throws the first business error of an HTTP 200 envelope', async () => {
    mockFetch(envelope(null, [{ errorCode: 'RES-SER-410', message: 'Invalid Input Parameter' }]))
    const error = await apiGet('/x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'RES-SER-410', status: 200 })
  })

  it('reads ID-authentication style errors too', async () => {
    mockFetch({ errors: [{ errorCode: 'IDA-MLC-009', errorMessage: 'no email' }] }, 200)
    await expect(apiGet('/x')).rejects.toMatchObject({ code: 'IDA-MLC-009', message: 'no email' })
  })

  it('turns HTTP failures without an envelope into HTTP_<status>', async () => {
    mockFetch('<html>bad gateway</html>', 502)
    await expect(apiGet('/x')).rejects.toMatchObject({ code: 'HTTP_502', status: 502 })
  })

  it('rejects an envelope without content', async () => {
    mockFetch(envelope(null))
    await expect(apiGet('/x')).rejects.toMatchObject({ code: CLIENT_ERROR.badResponse })
  })

  it('reports network failures and time-outs with their own codes', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    await expect(apiGet('/x')).rejects.toMatchObject({ code: CLIENT_ERROR.network })

    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            )
          }),
      ),
    )
    await expect(apiGet('/x', { timeoutMs: 10 })).rejects.toMatchObject({
      code: CLIENT_ERROR.timeout,
    })
  })

  it('passes a caller abort through as an AbortError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init?: RequestInit) =>
          new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            )
          }),
      ),
    )
    const controller = new AbortController()
    const pending = apiGet('/x', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('error messages', () => {
  const t = ((key: string) => `t:${key}`) as unknown as Parameters<typeof errorText>[0]

  it('translates known codes and falls back to a generic text', () => {
    expect(errorText(t, new ApiError('RES-SER-410', 'x', 200))).toBe('t:errors.invalidInput')
    expect(errorText(t, new ApiError('RES-SER-470', 'x', 200))).toBe('t:errors.noRecords')
    expect(errorText(t, new ApiError(CLIENT_ERROR.network, 'x'))).toBe('t:errors.network')
    expect(errorText(t, new ApiError('HTTP_503', 'x', 503))).toBe('t:errors.server')
    expect(errorText(t, new ApiError('RES-SER-999', 'x', 200))).toBe('t:errors.generic')
    expect(errorText(t, new Error('boom'))).toBe('t:errors.generic')
  })

  it('shows server codes beside the message, never client-side ones', () => {
    expect(supportCode(new ApiError('RES-SER-999', 'x', 200))).toBe('RES-SER-999')
    expect(supportCode(new ApiError(CLIENT_ERROR.timeout, 'x'))).toBeUndefined()
  })

  it('treats "no records" codes as an empty result', () => {
    expect(isNotFound(new ApiError('RES-SER-470', 'x', 200))).toBe(true)
    expect(isNotFound(new ApiError('RES-SER-410', 'x', 200))).toBe(false)
  })
})
