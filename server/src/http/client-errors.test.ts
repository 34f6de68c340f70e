import type { AddressInfo } from 'node:net'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

/**
 * Sends raw bytes (never finishing the request unless they do) and collects everything the server
 * answers until it closes the connection; `closedAfterMs` says when that was.
 */
function rawExchange(port: number, chunks: string[]) {
  return new Promise<{ text: string; closedAfterMs: number }>((resolve, reject) => {
    const started = Date.now()
    const socket = net.connect({ host: '127.0.0.1', port })
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (data: string) => {
      text += data
    })
    socket.on('error', reject)
    socket.on('close', () => resolve({ text, closedAfterMs: Date.now() - started }))
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk)
    })
    // The test's own bound: far past the configured timeouts.
    setTimeout(() => socket.destroy(), 10_000).unref()
  })
}

function parse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n')
  return { statusLine: head.split('\r\n')[0], head, json: JSON.parse(body) }
}

describe('slow and oversized clients, answered in the MOSIP envelope', () => {
  let t: TestApp
  let port: number
  beforeAll(async () => {
    // Short limits so the test waits about a second, not the production 15 s.
    t = await createTestApp({
      HEADERS_TIMEOUT_SECONDS: '1',
      REQUEST_TIMEOUT_SECONDS: '2',
      KEEP_ALIVE_TIMEOUT_SECONDS: '1',
    })
    await t.app.listen({ host: '127.0.0.1', port: 0 })
    port = (t.app.server.address() as AddressInfo).port
  })
  afterAll(() => t.close())

  it('answers partial headers with 408 RES-SER-912 and closes, at the header timeout', async () => {
    const { text, closedAfterMs } = await rawExchange(port, [
      'GET /resident/v1/proxy/config/ui-properties HTTP/1.1\r\nHost: localhost\r\nX-Slow: ',
    ])
    expect(closedAfterMs).toBeGreaterThanOrEqual(900)
    // The timeout (1 s) plus at most one sweep (1 s), not Node's 30 s sweep.
    expect(closedAfterMs).toBeLessThan(3500)
    const { statusLine, head, json } = parse(text)
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout')
    expect(head).toMatch(/content-type: application\/json/i)
    expect(json).toMatchObject({ id: null, response: null, errors: [{ errorCode: 'RES-SER-912' }] })
  })

  it('answers a body that never completes with 408 at the request timeout', async () => {
    const { text, closedAfterMs } = await rawExchange(port, [
      'POST /resident/v1/proxy/audit/log HTTP/1.1\r\nHost: localhost\r\n' +
        'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"id":',
    ])
    expect(closedAfterMs).toBeLessThan(4500)
    expect(parse(text).json.errors[0].errorCode).toBe('RES-SER-912')
  })

  it('answers headers over the size limit with 431 RES-SER-913', async () => {
    const { text } = await rawExchange(port, [
      `GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    ])
    const { statusLine, json } = parse(text)
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large')
    expect(json.errors).toEqual([
      { errorCode: 'RES-SER-913', message: 'Request headers too large' },
    ])
  })

  it('answers bytes that are not HTTP with 400 in the envelope, echoing nothing', async () => {
    const { text } = await rawExchange(port, ['HELLO 8743179037 WORLD\r\n\r\n'])
    const { statusLine, json } = parse(text)
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request')
    expect(json.errors[0].errorCode).toBe('RES-SER-418')
    expect(text).not.toContain('8743179037')
  })

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { text, closedAfterMs } = await rawExchange(port, [
      'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n',
    ])
    expect(text).toMatch(/^HTTP\/1\.1 200/)
    expect(closedAfterMs).toBeGreaterThanOrEqual(900)
    expect(closedAfterMs).toBeLessThan(3000)
  })
})

describe('the default limits', () => {
  it('are 15 s for headers, 60 s for a request, 5 s idle keep-alive', async () => {
    const t = await createTestApp()
    try {
      expect(t.config.timeouts).toEqual({
        headersSeconds: 15,
        requestSeconds: 60,
        keepAliveSeconds: 5,
      })
      expect(t.app.server).toMatchObject({
        headersTimeout: 15_000,
        requestTimeout: 60_000,
        keepAliveTimeout: 5_000,
      })
    } finally {
      await t.close()
    }
  })
})
