import crypto from 'node:crypto'
import { Writable } from 'node:stream'
import Fastify, { type FastifyInstance } from 'fastify'
import { describe, expect, it } from 'vitest'
import { createTestApp } from '../../../test/test-app.ts'
import { registerErrorHandling } from '../../http/error-handler.ts'
import { createRateLimits, perIp } from '../../http/rate-limit.ts'
import type { AuditPort, AuditRecord } from '../../platform/audit.ts'
import { type AuditLogDeps, registerAuditLog, registerResidentAuditLog } from './routes.ts'

const UIN = '4829103756'
const NAME = 'Amina Diallo'
const salt = crypto.randomBytes(32)
const hashId = (id: string) => crypto.createHmac('sha256', salt).update(id).digest('hex')

const logs: string[] = []
/** What reached the audit port: the feature's whole output (the store is tested on its own). */
const recorded: AuditRecord[] = []
const audit: AuditPort = {
  async record(entry) {
    recorded.push(structuredClone(entry))
  },
}

async function makeApp(
  overrides: Partial<AuditLogDeps> & { points?: number } = {},
): Promise<FastifyInstance> {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk))
      done()
    },
  })
  const app = Fastify({ logger: { level: 'info', stream } })
  registerErrorHandling(app)
  const limits = createRateLimits()
  const deps: AuditLogDeps = {
    audit,
    hashId,
    limit: perIp(
      limits.limiter('audit-ip', { points: overrides.points ?? 100, durationSeconds: 60 }),
    ),
    ...overrides,
  }
  await app.register(
    async (api) => {
      registerAuditLog(api, deps)
      registerResidentAuditLog(api, deps)
    },
    { prefix: '/resident/v1' },
  )
  await app.ready()
  return app
}

const rows = async () => recorded
const post = (app: FastifyInstance, url: string, payload: unknown, headers = {}) =>
  app.inject({ method: 'POST', url: `/resident/v1${url}`, payload: payload as object, headers })

const event = {
  auditEventId: 'RP-023',
  auditEventName: 'Get my UIN: send OTP',
  auditEventType: 'BUTTON_CLICK',
  actionTimeStamp: '2026-06-09T06:53:09.389Z',
  hostName: 'amina-laptop',
  hostIp: '10.1.2.3',
  applicationId: 'resident',
  applicationName: 'Resident portal',
  sessionUserId: UIN,
  sessionUserName: NAME,
  id: UIN,
  idType: 'UIN',
  createdBy: NAME,
  moduleName: 'Resident service',
  moduleId: 'RES-SER',
  description: `Amina (${UIN}) clicked send`,
}

describe('POST /resident/v1/proxy/audit/log', () => {
  it('records the event as a client claim, with the id only as a salted hash', async () => {
    const app = await makeApp()
    const before = (await rows()).length
    const res = await post(app, '/proxy/audit/log', event)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      id: 'mosip.resident.audit.log',
      version: '1.0',
      response: { status: 'Success' },
      errors: null,
    })
    const all = await rows()
    expect(all.length).toBe(before + 1)
    expect(all.at(-1)).toEqual({
      action: 'UI_EVENT',
      result: 'SUCCESS',
      idHash: hashId(UIN),
      clientIp: '127.0.0.1',
      clientReported: true,
      detail: {
        auditEventId: 'RP-023',
        auditEventName: 'Get my UIN: send OTP',
        auditEventType: 'BUTTON_CLICK',
        moduleName: 'Resident service',
        moduleId: 'RES-SER',
      },
    })
    // Neither the UIN, the name nor the host fields reach the audit, or the logs.
    const stored = JSON.stringify(all)
    for (const secret of [UIN, NAME, 'amina-laptop', '10.1.2.3']) {
      expect(stored).not.toContain(secret)
      expect(logs.join('')).not.toContain(secret)
    }
    await app.close()
  })

  it('records no id hash when no id is given', async () => {
    const app = await makeApp()
    const res = await post(app, '/proxy/audit/log', { auditEventId: 'RP-001' })
    expect(res.json().errors).toBeNull()
    expect((await rows()).at(-1)).toMatchObject({
      idHash: null,
      detail: { auditEventId: 'RP-001' },
    })
    await app.close()
  })

  it('answers bad bodies with an error envelope and records nothing', async () => {
    const app = await makeApp()
    const before = (await rows()).length
    const oversized = await post(app, '/proxy/audit/log', {
      ...event,
      description: 'x'.repeat(20_000),
    })
    expect(oversized.statusCode).toBe(413)
    expect(oversized.json().errors).toEqual([
      { errorCode: 'RES-SER-903', message: 'Request body too large' },
    ])
    const tooLong = await post(app, '/proxy/audit/log', { ...event, description: 'x'.repeat(3000) })
    expect(tooLong.json().errors).toEqual([
      { errorCode: 'RES-SER-410', message: 'Invalid Input Parameter - description' },
    ])
    const missing = await post(app, '/proxy/audit/log', { id: UIN })
    expect(missing.json().errors).toEqual([
      { errorCode: 'RES-SER-414', message: 'Missing input Parameter - auditEventId' },
    ])
    const notJson = await app.inject({
      method: 'POST',
      url: '/resident/v1/proxy/audit/log',
      payload: '{"auditEventId":',
      headers: { 'content-type': 'application/json' },
    })
    expect(notJson.json().errors[0].errorCode).toBe('RES-SER-418')
    expect((await rows()).length).toBe(before)
    await app.close()
  })

  it('limits each client: 429 with Retry-After once the budget is spent', async () => {
    const app = await makeApp({ points: 3 })
    const before = (await rows()).length
    const statuses = []
    for (let i = 0; i < 4; i++) {
      statuses.push((await post(app, '/proxy/audit/log', { auditEventId: 'RP-002' })).statusCode)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    const refused = await post(app, '/proxy/audit/log', { auditEventId: 'RP-002' })
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(refused.json().errors).toEqual([
      { errorCode: 'RES-SER-905', message: 'Too many requests, please wait and try again' },
    ])
    expect((await rows()).length).toBe(before + 3)
    await app.close()
  })
})

describe('POST /resident/v1/auth-proxy/audit/log', () => {
  it('answers 401 KER-ATH-401 without a session, as MOSIP does', async () => {
    // The session guard belongs to the app's logged-in scope: test it there.
    const { app, close } = await createTestApp()
    const res = await post(app, '/auth-proxy/audit/log', event, {
      origin: 'http://localhost:8080',
    })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({
      response: null,
      errors: [{ errorCode: 'KER-ATH-401', message: 'Authentication Failed' }],
    })
    await close()
  })

  it('records the session resident, not the body id', async () => {
    const app = await makeApp({ sessionIdHash: () => hashId('1111111111') })
    const res = await post(app, '/auth-proxy/audit/log', event)
    expect(res.json()).toMatchObject({ response: { status: 'Success' }, errors: null })
    expect((await rows()).at(-1)).toMatchObject({
      idHash: hashId('1111111111'),
      clientReported: true,
      detail: { auditEventId: 'RP-023' },
    })
    await app.close()
  })
})
