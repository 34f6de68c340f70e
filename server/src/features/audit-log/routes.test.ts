import crypto from 'node:crypto'
import { Writable } from 'node:stream'
import Fastify, { type FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cloneTemplate } from '../../../test/database-template.ts'
import type { DatabaseHandle } from '../../db/database.ts'
import { registerErrorHandling } from '../../http/error-handler.ts'
import { createRateLimits, perIp, type RequestGuard } from '../../http/rate-limit.ts'
import { createEmbeddedAudit } from '../../platform/embedded/audit/store.ts'
import { type AuditLogDeps, registerAuditLog } from './routes.ts'

const UIN = '4829103756'
const NAME = 'Amina Diallo'
const salt = crypto.randomBytes(32)
const hashId = (id: string) => crypto.createHmac('sha256', salt).update(id).digest('hex')

let handle: DatabaseHandle
const logs: string[] = []
const auditFailures: unknown[] = []

beforeAll(async () => {
  handle = await cloneTemplate(inject('dbTemplate'))
})
afterAll(() => handle?.close())

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
  await app.register(
    async (api) =>
      registerAuditLog(api, {
        audit: createEmbeddedAudit(handle.db, { onError: (e) => auditFailures.push(e) }),
        hashId,
        limit: perIp(
          limits.limiter('audit-ip', { points: overrides.points ?? 100, durationSeconds: 60 }),
        ),
        ...overrides,
      }),
    { prefix: '/resident/v1' },
  )
  await app.ready()
  return app
}

const rows = () => handle.db.selectFrom('aud_event').selectAll().orderBy('id').execute()
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
    expect(all.at(-1)).toMatchObject({
      action: 'UI_EVENT',
      result: 'SUCCESS',
      id_hash: hashId(UIN),
      client_ip: '127.0.0.1',
      client_reported: true,
      detail: {
        auditEventId: 'RP-023',
        auditEventName: 'Get my UIN: send OTP',
        auditEventType: 'BUTTON_CLICK',
        moduleName: 'Resident service',
        moduleId: 'RES-SER',
      },
    })
    // Neither the UIN, the name nor the host fields are stored anywhere in the table, or logged.
    const { rows: dump } = await sql<{
      t: string
    }>`SELECT row_to_json(a)::text AS t FROM aud_event a`.execute(handle.db)
    const table = dump.map((r) => r.t).join('\n')
    for (const secret of [UIN, NAME, 'amina-laptop', '10.1.2.3']) {
      expect(table).not.toContain(secret)
      expect(logs.join('')).not.toContain(secret)
    }
    expect(auditFailures).toEqual([])
    await app.close()
  })

  it('records no id hash when no id is given', async () => {
    const app = await makeApp()
    const res = await post(app, '/proxy/audit/log', { auditEventId: 'RP-001' })
    expect(res.json().errors).toBeNull()
    expect((await rows()).at(-1)).toMatchObject({
      id_hash: null,
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
  it('answers 401 KER-ATH-401 without a session, as MOSIP does, and records nothing', async () => {
    const app = await makeApp()
    const before = (await rows()).length
    const res = await post(app, '/auth-proxy/audit/log', event)
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({
      response: null,
      errors: [{ errorCode: 'KER-ATH-401', message: 'Authentication Failed' }],
    })
    expect((await rows()).length).toBe(before)
    await app.close()
  })

  it('with a session guard plugged in, records the session resident, not the body id', async () => {
    const letIn: RequestGuard = async () => {}
    const app = await makeApp({ requireSession: letIn, sessionIdHash: () => hashId('1111111111') })
    const res = await post(app, '/auth-proxy/audit/log', event)
    expect(res.json()).toMatchObject({ response: { status: 'Success' }, errors: null })
    expect((await rows()).at(-1)).toMatchObject({
      id_hash: hashId('1111111111'),
      client_reported: true,
      detail: { auditEventId: 'RP-023' },
    })
    await app.close()
  })
})
