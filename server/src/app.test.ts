import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('server plumbing', () => {
  it('reports health and readiness', async () => {
    expect((await t.app.inject({ url: '/health' })).json()).toEqual({ status: 'UP' })
    const ready = await t.app.inject({ url: '/ready' })
    expect(ready.statusCode).toBe(200)
    expect(ready.json().status).toBe('UP')
  })

  it('answers an unknown path with a MOSIP error envelope, not an HTML page', async () => {
    const res = await t.app.inject({ url: '/resident/v1/no/such/route' })
    expect(res.statusCode).toBe(404)
    expect(res.json().errors[0].errorCode).toBe('RES-SER-901')
    expect(res.json().response).toBeNull()
  })

  it('ignores trailing slashes, as MOSIP clients send them', async () => {
    const res = await t.app.inject({ url: '/resident/v1/proxy/config/ui-properties/' })
    expect(res.statusCode).toBe(200)
    expect(res.json().errors).toBeNull()
  })

  it('publishes an OpenAPI 3.1 document of the API with a readable page', async () => {
    const doc = (await t.app.inject({ url: '/resident/v1/api-docs' })).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toContain(
      '/resident/v1/proxy/masterdata/registrationcenters/page/{langcode}/{hierarchylevel}/{name}',
    )
    const page = await t.app.inject({ url: '/resident/v1/api-docs/ui/' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
  })

  it('sends a strict content security policy and no-sniff on every answer', async () => {
    const res = await t.app.inject({ url: '/resident/v1/proxy/config/ui-properties' })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('exports Prometheus metrics labelled by route pattern, never by raw URL', async () => {
    await t.app.inject({ url: '/resident/v1/proxy/masterdata/workingdays/1234567890/eng' })
    const metrics = (await t.app.inject({ url: '/metrics' })).body
    expect(metrics).toContain('http_request_duration_seconds')
    expect(metrics).toContain('/workingdays/:registrationCenterID/:langCode')
    expect(metrics).not.toContain('1234567890')
  })

  it('keeps identifiers out of the logs', async () => {
    await t.app.inject({ url: '/resident/v1/no/route/9876543210123456' })
    const logs = t.logs.join('')
    expect(logs).toContain('XXXXXXXXXXXXXXXX')
    expect(logs).not.toContain('9876543210123456')
  })
})
