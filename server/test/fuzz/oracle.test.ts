// The fuzzer's property must be able to fail: each way an answer can be wrong is caught.
import { describe, expect, it } from 'vitest'
import type { FuzzOperation } from './operations.ts'
import { type Answer, problemOf } from './oracle.ts'
import type { FuzzRequest } from './request.ts'

const mosipRoute: FuzzOperation = {
  key: 'GET /resident/v1/aid-stage/{aid}',
  method: 'GET',
  path: '/resident/v1/aid-stage/{aid}',
  parameters: [],
  errorCodes: ['RES-SER-410', 'RES-SER-456'],
  shape: 'mosip',
  pdf: false,
}
const idaRoute: FuzzOperation = { ...mosipRoute, key: 'POST /x', shape: 'ida', body: {} }
const request = (intact = true): FuzzRequest => ({
  options: { method: 'GET', url: '/x', headers: {} },
  label: 'test',
  intact,
})
const json = (status: number, body: unknown): Answer => ({
  status,
  contentType: 'application/json; charset=utf-8',
  raw: Buffer.from(JSON.stringify(body)),
})
const mosip = (errors: unknown, response: unknown = null) => ({
  id: null,
  version: null,
  responsetime: 't',
  metadata: null,
  response,
  errors,
})
const ida = (errors: unknown) => ({
  id: null,
  version: null,
  transactionID: null,
  responseTime: 't',
  response: null,
  errors,
})
const error = (errorCode: string) => [{ errorCode, message: 'm' }]

describe('the fuzz oracle', () => {
  it('accepts a success, a route code, and a common code', () => {
    expect(problemOf(mosipRoute, request(), json(200, mosip(null, {})))).toBe(null)
    expect(problemOf(mosipRoute, request(), json(200, mosip(error('RES-SER-456'))))).toBe(null)
    expect(problemOf(mosipRoute, request(), json(404, mosip(error('RES-SER-901'))))).toBe(null)
  })

  it('flags 5xx, unregistered codes, codes off the route, wrong statuses and shapes', () => {
    const problems = [
      problemOf(mosipRoute, request(), json(500, mosip(error('RES-SER-SYS-001')))),
      problemOf(mosipRoute, request(), json(200, mosip(error('RES-SER-999')))),
      problemOf(mosipRoute, request(), json(200, mosip(error('RES-SER-522')))),
      problemOf(mosipRoute, request(), json(200, mosip(error('RES-SER-901')))),
      problemOf(mosipRoute, request(), json(200, mosip(error('RES-SER-456'), {}))),
      problemOf(mosipRoute, request(), json(200, mosip([]))),
      problemOf(mosipRoute, request(), json(200, { response: {} })),
      problemOf(mosipRoute, request(), json(200, ida(error('RES-SER-456')))),
      problemOf(idaRoute, request(), json(200, mosip(error('RES-SER-456')))),
      problemOf(mosipRoute, request(), {
        status: 200,
        contentType: 'text/html',
        raw: Buffer.from('<p>'),
      }),
      problemOf(mosipRoute, request(), { ...json(200, {}), raw: Buffer.from('{') }),
      problemOf(mosipRoute, request(), {
        status: 200,
        contentType: 'application/pdf',
        raw: Buffer.from('%PDF-'),
      }),
    ]
    expect(problems.filter((p) => p === null)).toEqual([])
  })

  it('lets a changed method or path reach another route, but not an unregistered code', () => {
    expect(problemOf(mosipRoute, request(false), json(200, mosip(error('RES-SER-522'))))).toBe(null)
    expect(problemOf(mosipRoute, request(false), json(200, mosip(error('NOPE-1'))))).not.toBe(null)
  })
})
