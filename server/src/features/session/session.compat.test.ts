/**
 * MOSIP's answers to a visitor without a session, on the routes the official portal calls on
 * every page (portal notes §3, §7; service notes §1.3, §2.1): MOSIP's login library answers
 * `validateToken` without cookies HTTP 200 `KER-ACP-001` ("Cookies are empty") with a null
 * response, and without the `Authorization` cookie `KER-ACP-002`; its auth adapter answers every
 * logged-in route HTTP 401 `KER-ATH-401`, never 404, and refuses an `Authorization` cookie or
 * header it cannot parse on every route of the service, public ones included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

const API = '/resident/v1'
/** A token of JWT form that no session issued. */
const WELL_FORMED = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ2aXNpdG9yIn0.c2lnbmF0dXJl'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /authorize/admin/validateToken', () => {
  const validate = (cookie?: string) =>
    t.app.inject({
      url: `${API}/authorize/admin/validateToken`,
      ...(cookie ? { headers: { cookie } } : {}),
    })

  it('missing: no cookie at all → HTTP 200, response null, KER-ACP-001', async () => {
    const res = await validate()
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      response: null,
      errors: [{ errorCode: 'KER-ACP-001', message: 'Cookies are empty' }],
    })
  })

  it('missing: cookies, but no Authorization cookie → HTTP 200, KER-ACP-002', async () => {
    const res = await validate('lang=eng')
    expect(res.statusCode).toBe(200)
    expect(res.json().errors[0].errorCode).toBe('KER-ACP-002')
  })

  it('unknown: a token no session issued → HTTP 401, KER-ATH-401', async () => {
    const res = await validate(`Authorization=${WELL_FORMED}`)
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0]).toMatchObject({
      errorCode: 'KER-ATH-401',
      message: 'Authentication Failed',
    })
  })

  it('malformed: a token that is not one → HTTP 401, KER-ATH-401', async () => {
    const res = await validate('Authorization=not-a-token')
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0].errorCode).toBe('KER-ATH-401')
  })
})

describe('the logged-in routes of every page, for a visitor', () => {
  it.each([
    ['GET', '/profile?languageCode=eng'],
    ['GET', '/profile'],
    ['GET', '/unread/notification-count'],
    ['GET', '/notifications/eng'],
    ['PUT', '/bell/updatedttime'],
    ['POST', '/auth-proxy/audit/log'],
  ])('%s %s → HTTP 401 KER-ATH-401, never 404', async (method, path) => {
    const res = await t.app.inject({ method: method as 'GET', url: `${API}${path}` })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({
      response: null,
      errors: [{ errorCode: 'KER-ATH-401', message: 'Authentication Failed' }],
    })
  })

  it('wrong state: even with a well-formed token no session issued', async () => {
    const res = await t.app.inject({
      url: `${API}/unread/notification-count`,
      headers: { cookie: `Authorization=${WELL_FORMED}` },
    })
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0].errorCode).toBe('KER-ATH-401')
  })
})

describe('a malformed Authorization cookie or header, on public routes', () => {
  const publicRoutes = [
    `${API}/proxy/config/ui-properties`,
    `${API}/proxy/masterdata/validdocuments/eng`,
    `${API}/aid-stage/10021100120057820260203091427`,
  ]

  it.each(publicRoutes)('malformed cookie on %s → HTTP 401 KER-ATH-401', async (url) => {
    const res = await t.app.inject({ url, headers: { cookie: 'Authorization=%%%garbage' } })
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0].errorCode).toBe('KER-ATH-401')
  })

  it.each(publicRoutes)('malformed header on %s → HTTP 401 KER-ATH-401', async (url) => {
    const res = await t.app.inject({ url, headers: { authorization: 'Bearer not a token' } })
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0].errorCode).toBe('KER-ATH-401')
  })

  it('the IDA-style OTP routes refuse it in their own shape', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/req/otp`,
      headers: { cookie: 'Authorization=x' },
      payload: {},
    })
    expect(res.statusCode).toBe(401)
    expect(res.json().errors[0]).toMatchObject({
      errorCode: 'KER-ATH-401',
      errorMessage: 'Authentication Failed',
    })
  })

  it.each(publicRoutes)('absent, or well formed, on %s: the route answers', async (url) => {
    for (const headers of [
      {},
      { cookie: 'lang=eng' },
      { authorization: `Bearer ${WELL_FORMED}` },
    ]) {
      const res = await t.app.inject({ url, headers })
      expect(res.statusCode, JSON.stringify(headers)).toBe(200)
      expect(res.json().errors, JSON.stringify(headers)).toBeNull()
    }
  })
})
