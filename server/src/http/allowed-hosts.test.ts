import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

const API = '/resident/v1'

describe('host allow-list, demo mode (against DNS rebinding of the development mailbox)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('refuses another host name with 421 RES-SER-911 in the route’s envelope', async () => {
    for (const url of [
      `${API}/dev/mailbox`,
      `${API}/proxy/config/ui-properties`,
      '/',
      '/nothing',
    ]) {
      const res = await t.app.inject({ url, headers: { host: 'attacker.example:8080' } })
      expect(res.statusCode, url).toBe(421)
      const body = res.json()
      expect(body.response).toBeNull()
      expect(body.errors).toEqual([{ errorCode: 'RES-SER-911', message: expect.any(String) }])
      // Nothing of the mailbox leaks in the refusal.
      expect(res.body).not.toMatch(/@example\.org|\d{6}/)
    }
  })

  it('answers the loopback names a developer’s browser uses, on any port', async () => {
    for (const host of [
      'localhost:8080',
      '127.0.0.1:3000',
      '[::1]:8080',
      'LOCALHOST',
      'localhost.',
    ]) {
      const res = await t.app.inject({
        url: `${API}/proxy/config/ui-properties`,
        headers: { host },
      })
      expect(res.statusCode, host).toBe(200)
    }
  })

  it('does not take the host from X-Forwarded-Host unless the proxy is trusted', async () => {
    const res = await t.app.inject({
      url: `${API}/proxy/config/ui-properties`,
      headers: { host: 'attacker.example', 'x-forwarded-host': 'localhost' },
    })
    expect(res.statusCode).toBe(421)
  })
})

describe('host allow-list, production mode', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({
      NODE_ENV: 'production',
      ALLOW_NO_OTP_TRANSPORT: 'true',
      PUBLIC_URL: 'https://resident.example.org',
      ALLOWED_HOSTS: 'resident.internal',
    })
  })
  afterAll(() => t.close())

  it('answers PUBLIC_URL’s host and ALLOWED_HOSTS, and refuses loopback and others', async () => {
    const status = async (host: string) =>
      (await t.app.inject({ url: `${API}/proxy/config/ui-properties`, headers: { host } }))
        .statusCode
    expect(await status('resident.example.org')).toBe(200)
    expect(await status('Resident.Example.Org:443')).toBe(200)
    expect(await status('resident.internal')).toBe(200)
    expect(await status('localhost')).toBe(421)
    expect(await status('127.0.0.1')).toBe(421)
    expect(await status('resident.example.org.attacker.example')).toBe(421)
  })

  it('lets load-balancer probes through whatever Host they send (the pod IP)', async () => {
    for (const url of ['/health', '/ready']) {
      const res = await t.app.inject({ url, headers: { host: '10.42.0.17:8080' } })
      expect(res.statusCode, url).toBe(200)
    }
  })
})

describe('host allow-list behind a trusted proxy', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true' })
  })
  afterAll(() => t.close())

  it('needs both Host and X-Forwarded-Host to be ours (a rebound page can add the latter)', async () => {
    const status = async (host: string, forwarded: string) =>
      (
        await t.app.inject({
          url: `${API}/proxy/config/ui-properties`,
          headers: { host, 'x-forwarded-host': forwarded },
        })
      ).statusCode
    expect(await status('localhost:8080', 'localhost')).toBe(200)
    expect(await status('attacker.example', 'localhost')).toBe(421)
    expect(await status('localhost', 'attacker.example')).toBe(421)
  })
})
