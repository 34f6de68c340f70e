import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BODY_ERROR_CODES, COMMON_ERROR_CODES } from '../src/http/error-codes.ts'
import {
  type BadCase,
  badCases,
  baseline,
  type JsonSchema,
  type Operation,
  type Parameter,
} from './bad-input-cases.ts'
import { createTestApp, type TestApp } from './test-app.ts'

let t: TestApp
let operations: Operation[] = []

interface DocumentOperation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: JsonSchema; example?: unknown }> }
  'x-error-codes'?: string[]
}

beforeAll(async () => {
  // No proof of work per request, and budgets a few hundred requests do not spend: the point
  // is what each route answers to each bad value, not the guards in front of it.
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '100000' })
  const doc = (await t.app.inject({ url: '/resident/v1/api-docs' })).json() as {
    paths: Record<string, Record<string, DocumentOperation>>
  }
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const json = op.requestBody?.content?.['application/json']
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        ...(op.requestBody ? { body: json?.schema ?? {}, bodyExample: json?.example } : {}),
        ...(op['x-error-codes'] ? { errorCodes: op['x-error-codes'] } : {}),
      }
    }),
  )
})
afterAll(() => t.close())

/**
 * Routes whose valid request cannot succeed without state the generator does not create: an
 * OTP that was never sent, a session that login will bring. Their baseline answer is this code
 * (a state the route reports), never a complaint about the input.
 */
const STATEFUL_BASELINE: Record<string, string[]> = {
  // No OTP for the transaction (or, once the send route's baseline sent one, not this one).
  'POST /resident/v1/download-card': ['RES-OTP-008', 'RES-OTP-007'],
  'POST /resident/v1/aid/status': ['RES-SER-422'],
  'POST /resident/v1/validate-otp': ['RES-SER-422'],
  'GET /resident/v1/authorize/admin/validateToken': ['KER-ACP-001'],
  'POST /resident/v1/auth-proxy/audit/log': ['KER-ATH-401'],
  'GET /resident/v1/profile': ['KER-ATH-401'],
  'GET /resident/v1/unread/notification-count': ['KER-ATH-401'],
  'GET /resident/v1/notifications/{langCode}': ['KER-ATH-401'],
  'PUT /resident/v1/bell/updatedttime': ['KER-ATH-401'],
}

const keyOf = (op: Operation) => `${op.method} ${op.path}`

async function send(kase: BadCase) {
  const res = await t.app.inject({
    method: kase.method as 'GET',
    url: kase.url,
    ...(kase.payload !== undefined ? { payload: kase.payload as object } : {}),
  })
  let body: unknown
  const type = String(res.headers['content-type'] ?? '')
  if (type.startsWith('application/json')) body = res.json()
  return { status: res.statusCode, type, body, raw: res.body }
}

/** The route's error shape (MOSIP `message` or IDA `errorMessage`) and one of its codes. */
function assertRefused(op: Operation, kase: BadCase, status: number, body: unknown) {
  const where = `${kase.method} ${kase.url.slice(0, 120)} [${kase.label}]`
  expect(status, where).toBeLessThan(500)
  expect(body, `${where}: not JSON`).toBeTypeOf('object')
  const errors = (body as { errors?: unknown }).errors
  if (kase.mayMatchOtherRoute && errors === null) {
    expect((body as { response?: unknown }).response, where).toBeTruthy()
    return
  }
  expect(Array.isArray(errors) && errors.length > 0, `${where}: errors[] empty`).toBe(true)
  for (const error of errors as Array<Record<string, unknown>>) {
    expect(error.errorCode, where).toMatch(/^[A-Z]+-[A-Z]+-[A-Z0-9-]+$/)
    expect(String(error.message ?? error.errorMessage), where).not.toBe('')
  }
  // Another route (or none) may answer an empty path segment: its codes are its own.
  if (kase.mayMatchOtherRoute) return
  const allowed = new Set<string>([
    ...COMMON_ERROR_CODES,
    ...(op.body ? BODY_ERROR_CODES : []),
    ...(op.errorCodes ?? []),
  ])
  const [first] = errors as Array<{ errorCode: string }>
  expect(allowed, `${where}: ${first?.errorCode} is not in the route's x-error-codes`).toContain(
    first?.errorCode,
  )
}

describe('generated bad input on every route of the OpenAPI document', () => {
  it('documents every API route, each with the error codes it answers', () => {
    expect(operations.length).toBeGreaterThanOrEqual(16)
    expect(
      operations.every(
        (op) => op.path.startsWith('/resident/v1/') || op.path.startsWith('/.well-known/'),
      ),
    ).toBe(true)
    const undocumented = operations.filter((op) => !Array.isArray(op.errorCodes)).map(keyOf)
    expect(undocumented).toEqual([])
  })

  it('sends a valid request first: every route accepts its baseline', async () => {
    for (const op of operations) {
      const kase = baseline(op)
      const { status, type, body, raw } = await send(kase)
      const where = `${keyOf(op)} baseline ${kase.url} ${JSON.stringify(kase.payload ?? '')}`
      const expected = STATEFUL_BASELINE[keyOf(op)]
      if (expected) {
        const errors = (body as { errors?: Array<{ errorCode: string }> } | undefined)?.errors
        expect(expected, where).toContain(errors?.[0]?.errorCode)
        continue
      }
      expect(status, `${where}: ${raw.slice(0, 300)}`).toBe(200)
      if (type.startsWith('application/json')) {
        expect(
          (body as { errors?: unknown }).errors ?? null,
          `${where}: ${raw.slice(0, 300)}`,
        ).toBe(null)
      }
    }
  })

  it('answers every bad request with one of the route’s codes in its shape, never a 5xx', async () => {
    let sent = 0
    for (const op of operations) {
      for (const kase of badCases(op)) {
        const { status, body, raw } = await send(kase)
        if (body === undefined) {
          throw new Error(
            `${kase.method} ${kase.url} [${kase.label}]: not JSON: ${raw.slice(0, 80)}`,
          )
        }
        assertRefused(op, kase, status, body)
        sent++
      }
    }
    expect(sent).toBeGreaterThan(300)
    expect(t.logs.join('')).not.toContain('"level":50')
  })
})
