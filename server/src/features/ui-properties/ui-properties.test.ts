import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ MANDATORY_LANGUAGES: 'eng', OPTIONAL_LANGUAGES: 'ara,tam' })
})
afterAll(() => t.close())

describe('GET /proxy/config/ui-properties', () => {
  it('gives the portal its languages, id lengths and nearby distance in the MOSIP envelope', async () => {
    const res = await t.app.inject({ url: '/resident/v1/proxy/config/ui-properties' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.id).toBe('resident.ui.properties')
    expect(body.errors).toBeNull()
    expect(body.response['mosip.mandatory-languages']).toBe('eng')
    expect(body.response['mosip.optional-languages']).toBe('ara,tam')
    expect(body.response['mosip.kernel.uin.length']).toBe(10)
    expect(body.response['mosip.kernel.vid.length']).toBe(16)
    expect(body.response['resident.nearby.centers.distance.meters']).toBe(2000)
    expect(body.response['mosip-prereg-ui-url']).toMatch(/^https?:\/\//)
  })

  it('never exposes a secret, a key or a password', async () => {
    const res = await t.app.inject({ url: '/resident/v1/proxy/config/ui-properties' })
    for (const key of Object.keys(res.json().response)) {
      expect(key).not.toMatch(/secret|password|private|key$|token/i)
    }
  })
})
