import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, CLIENT_ERROR, retryAfterSeconds } from './client.ts'
import { apiFile, apiPost, apiRequest, fileNameFromDisposition } from './requests.ts'

function stubFetch(respond: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => respond())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  })

afterEach(() => vi.unstubAllGlobals())

describe('apiPost', () => {
  it('sends JSON with the extra headers and unwraps `response`', async () => {
    const fetchMock = stubFetch(() => json({ response: { ok: 1 }, errors: null }))
    await expect(
      apiPost('/req/otp', { a: 1 }, { headers: { 'X-Captcha': 'abc' } }),
    ).resolves.toEqual({ ok: 1 })
    const [url, init] = fetchMock.mock.calls[0] ?? []
    expect(url).toBe('/resident/v1/req/otp')
    expect(init?.method).toBe('POST')
    expect(init?.body).toBe('{"a":1}')
    expect(init?.headers).toMatchObject({
      'content-type': 'application/json',
      'X-Captcha': 'abc',
    })
  })

  it('returns the headers too (the Event ID comes in one)', async () => {
    stubFetch(() => json({ response: { authStatus: true } }, { headers: { eventId: '1234' } }))
    const result = await apiRequest('POST', '/validate-otp', { body: {} })
    expect(result.headers.get('eventid')).toBe('1234')
  })

  it('keeps how long a refusal asks to wait', async () => {
    stubFetch(() =>
      json(
        { errors: [{ errorCode: 'RES-SER-905', message: 'Too many requests' }] },
        { status: 429, headers: { 'retry-after': '120' } },
      ),
    )
    const error = await apiPost('/req/otp', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'RES-SER-905', status: 429, retryAfterSeconds: 120 })
  })
})

describe('apiFile', () => {
  it('returns the file and the name the server gave it', async () => {
    stubFetch(
      () =>
        new Response(new Uint8Array([37, 80, 68, 70]), {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="Get_my_UIN_2025.pdf"',
            eventId: '7777',
          },
        }),
    )
    const file = await apiFile('POST', '/download-card', { body: {} })
    expect(file.fileName).toBe('Get_my_UIN_2025.pdf')
    expect(file.blob.size).toBe(4)
    expect(file.headers.get('eventId')).toBe('7777')
  })

  it('turns a JSON answer into its error, even with HTTP 200 or 400', async () => {
    stubFetch(() => json({ errors: [{ errorCode: 'RES-OTP-007', message: 'OTP is invalid' }] }))
    await expect(apiFile('POST', '/download-card', { body: {} })).rejects.toMatchObject({
      code: 'RES-OTP-007',
    })
    stubFetch(() =>
      json({ errors: [{ errorCode: 'RES-SER-509', message: 'not ready' }] }, { status: 400 }),
    )
    await expect(apiFile('POST', '/download-card', { body: {} })).rejects.toMatchObject({
      code: 'RES-SER-509',
      status: 400,
    })
  })

  it('refuses a JSON answer without an error, and reports HTTP failures', async () => {
    stubFetch(() => json({ response: {} }))
    await expect(apiFile('POST', '/x')).rejects.toMatchObject({ code: CLIENT_ERROR.badResponse })
    stubFetch(() => new Response('bad gateway', { status: 502 }))
    await expect(apiFile('POST', '/x')).rejects.toMatchObject({ code: 'HTTP_502' })
  })
})

describe('file names from Content-Disposition', () => {
  it('reads quoted, bare and RFC 5987 names', () => {
    expect(fileNameFromDisposition('attachment; filename="a b.pdf"')).toBe('a b.pdf')
    expect(fileNameFromDisposition('attachment; filename=card.pdf')).toBe('card.pdf')
    expect(
      fileNameFromDisposition(`attachment; filename="x.pdf"; filename*=UTF-8''carte%20%C3%A9.pdf`),
    ).toBe('carte é.pdf')
  })

  it('never returns a path or nothing useful', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd')
    expect(fileNameFromDisposition('attachment; filename="C:\\\\x\\\\y.pdf"')).toBe('y.pdf')
    expect(fileNameFromDisposition('attachment')).toBeUndefined()
    expect(fileNameFromDisposition(null)).toBeUndefined()
    expect(fileNameFromDisposition('attachment; filename=".."')).toBeUndefined()
  })
})

describe('Retry-After', () => {
  it('reads the seconds the resident API sends', () => {
    expect(retryAfterSeconds('30')).toBe(30)
    expect(retryAfterSeconds(' 120 ')).toBe(120)
    expect(retryAfterSeconds('soon')).toBeUndefined()
    expect(retryAfterSeconds(null)).toBeUndefined()
  })
})
