import crypto from 'node:crypto'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

/** A production deployment that sets the least it must (no OTP transport, explicitly allowed). */
const PRODUCTION = { NODE_ENV: 'production', ALLOW_NO_OTP_TRANSPORT: 'true' }

const seriesCount = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#')).length

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path }, (res) => {
        let body = ''
        res.on('data', (chunk) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      .on('error', reject)
  })
}

describe('/metrics in demo mode (main port)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('labels every unmatched path alike: random URLs add no series', async () => {
    const random = () => `/${crypto.randomBytes(6).toString('hex')}/${crypto.randomInt(1e9)}`
    // One unmatched request and one scrape first, so their series exist; then a hundred random
    // paths (under the API prefix and outside it) must not add a single line.
    await t.app.inject({ url: random() })
    await t.app.inject({ url: '/metrics' })
    const before = seriesCount((await t.app.inject({ url: '/metrics' })).body)
    for (let i = 0; i < 100; i++) {
      await t.app.inject({ url: `/resident/v1${random()}` })
      await t.app.inject({ url: random() })
    }
    const after = (await t.app.inject({ url: '/metrics' })).body
    expect(seriesCount(after)).toBe(before)
    expect(after).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 201/,
    )
  })
})

describe('/metrics in production mode', () => {
  it('is not served on the main port when no metrics port is set', async () => {
    const t = await createTestApp(PRODUCTION)
    try {
      const res = await t.app.inject({ url: '/metrics' })
      expect(res.statusCode).toBe(404)
      expect(res.json().errors[0].errorCode).toBe('RES-SER-901')
      expect(res.body).not.toContain('http_request_duration_seconds')
      expect(t.app.metricsPort()).toBeUndefined()
    } finally {
      await t.close()
    }
  })

  it('is served on METRICS_PORT only, and that port serves nothing else', async () => {
    const t = await createTestApp({ ...PRODUCTION, METRICS_PORT: '0' })
    try {
      expect((await t.app.inject({ url: '/metrics' })).statusCode).toBe(404)
      const port = t.app.metricsPort()
      expect(port).toBeGreaterThan(0)
      const metrics = await get(port as number, '/metrics')
      expect(metrics.status).toBe(200)
      expect(metrics.body).toContain('http_request_duration_seconds')
      const other = await get(port as number, '/resident/v1/proxy/config/ui-properties')
      expect(other.status).toBe(404)
      expect(JSON.parse(other.body).errors[0].errorCode).toBe('RES-SER-901')
    } finally {
      await t.close()
    }
    // Closed with the app: nothing left listening.
    await expect(get(t.app.metricsPort() ?? 1, '/metrics')).rejects.toThrow()
  })
})
