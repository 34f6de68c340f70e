import { describe, expect, it } from 'vitest'
import { ERRORS, type ErrorCode, invalidParameter, ResidentError } from './errors.ts'

/**
 * The error registry as residents and integrators meet it: every code has a message a person can
 * read and an HTTP status a client can act on, and MOSIP's business errors keep HTTP 200.
 */
const entries = Object.entries(ERRORS) as [ErrorCode, { status: number; message: string }][]

describe('the error registry', () => {
  it('gives every code a MOSIP-style name, a readable message and a real HTTP status', () => {
    expect(entries.length).toBeGreaterThan(40)
    for (const [code, { status, message }] of entries) {
      expect(code).toMatch(/^(RES|IDA|KER)-[A-Z]{3}-(SYS-)?\d{3}$/)
      expect(message.trim().length, code).toBeGreaterThan(5)
      expect(
        [200, 400, 401, 403, 404, 405, 408, 413, 414, 415, 421, 429, 431, 500, 503],
        code,
      ).toContain(status)
    }
  })

  it('answers MOSIP’s OTP and input errors with HTTP 200, and ours with their own status', () => {
    for (const code of ['RES-SER-410', 'RES-OTP-006', 'RES-OTP-007', 'RES-SER-465'] as const) {
      expect(ERRORS[code].status, code).toBe(200)
    }
    expect(ERRORS['RES-SER-905'].status).toBe(429)
    expect(ERRORS['RES-SER-SYS-001'].status).toBe(500)
    expect(ERRORS['KER-ATH-401'].status).toBe(401)
  })
})

describe('ResidentError', () => {
  it('carries the code, the registry’s message and status', () => {
    const error = new ResidentError('RES-OTP-006')
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      name: 'ResidentError',
      code: 'RES-OTP-006',
      status: 200,
      message: ERRORS['RES-OTP-006'].message,
      detail: undefined,
    })
  })

  it('names the offending field after the message, and may answer another status', () => {
    const error = new ResidentError('RES-SER-410', 'individualId', 400)
    expect(error.message).toBe(`${ERRORS['RES-SER-410'].message} - individualId`)
    expect(error.detail).toBe('individualId')
    expect(error.status).toBe(400)
    expect(invalidParameter('pageSize')).toMatchObject({
      code: 'RES-SER-410',
      message: `${ERRORS['RES-SER-410'].message} - pageSize`,
      status: 200,
    })
  })
})
