import { vi } from 'vitest'

/* Test support for the API calls of every feature (imported by `*.test.ts` files only). */

/** Replaces `fetch` with one answering `respond()`; `vi.unstubAllGlobals()` puts it back. */
export function stubFetch(respond: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => respond())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export type FetchStub = ReturnType<typeof stubFetch>

/** A successful envelope with `response`, and extra headers (e.g. `eventId`). */
export const ok = (response: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ response, errors: null }), {
    headers: { 'content-type': 'application/json', ...headers },
  })

/** The address of call `n`. */
export const calledUrl = (mock: FetchStub, n = 0) => mock.mock.calls[n]?.[0]

/** The JSON body of call `n`. */
export const sentBody = (mock: FetchStub, n = 0) =>
  JSON.parse(String(mock.mock.calls[n]?.[1]?.body)) as Record<string, unknown>
