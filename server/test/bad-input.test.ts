import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BadCase,
  badCases,
  type JsonSchema,
  type Operation,
  type Parameter,
} from './bad-input-cases.ts'
import { createTestApp, type TestApp } from './test-app.ts'

let t: TestApp
let operations: Operation[] = []

beforeAll(async () => {
  t = await createTestApp()
  const doc = (await t.app.inject({ url: '/resident/v1/api-docs' })).json() as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown }>>
  }
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody
        ? ((op.requestBody as { content?: Record<string, { schema?: JsonSchema }> }).content?.[
            'application/json'
          ]?.schema ?? {})
        : undefined,
    })),
  )
})
afterAll(() => t.close())

/** The route's error shape: MOSIP (`message`) or IDA (`errorMessage`). */
function assertErrorShape(kase: BadCase, status: number, body: unknown) {
  const where = `${kase.method} ${kase.url.slice(0, 120)} [${kase.label}]`
  expect(status, where).toBeLessThan(500)
  expect(body, where).toBeTypeOf('object')
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
}

describe('generated bad input on every route of the OpenAPI document', () => {
  it('documents every API route', () => {
    expect(operations.length).toBeGreaterThanOrEqual(11)
    expect(
      operations.every(
        (op) => op.path.startsWith('/resident/v1/') || op.path.startsWith('/.well-known/'),
      ),
    ).toBe(true)
  })

  it('answers every bad request with an error in the route shape, never a 5xx', async () => {
    let sent = 0
    for (const op of operations) {
      for (const kase of badCases(op)) {
        const res = await t.app.inject({
          method: kase.method as 'GET',
          url: kase.url,
          ...(kase.payload !== undefined ? { payload: kase.payload as object } : {}),
        })
        let body: unknown
        try {
          body = res.json()
        } catch {
          throw new Error(
            `${kase.method} ${kase.url} [${kase.label}]: not JSON: ${res.body.slice(0, 80)}`,
          )
        }
        assertErrorShape(kase, res.statusCode, body)
        sent++
      }
    }
    expect(sent).toBeGreaterThan(100)
    expect(t.logs.join('')).not.toContain('"level":50')
  })
})
