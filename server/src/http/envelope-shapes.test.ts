import type { FastifyRequest } from 'fastify'
import { describe, expect, it } from 'vitest'
import { ResidentError } from '../resident/errors.ts'
import { envelopeConfig, errorBody, idaOk, mosipTime, ok, sendError } from './envelope.ts'

/**
 * The two response shapes of the MOSIP contract, as a MOSIP client parses them: field names,
 * the id and version of the route, the transaction id of an OTP request, and the error list.
 */
function request(envelope?: object, body?: unknown): FastifyRequest {
  return {
    routeOptions: { config: envelope === undefined ? {} : { envelope } },
    body,
  } as unknown as FastifyRequest
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

describe('MOSIP envelope', () => {
  it('wraps a response with the route’s id, version 1.0 and a UTC timestamp', () => {
    const body = ok(request({ responseId: 'mosip.resident.checkstatus' }), { a: 1 })
    expect(body).toEqual({
      id: 'mosip.resident.checkstatus',
      version: '1.0',
      responsetime: expect.stringMatching(ISO),
      metadata: null,
      response: { a: 1 },
      errors: null,
    })
  })

  it('sends null id and version where the route has none, or the version it names', () => {
    expect(ok(request(), 'x')).toMatchObject({ id: null, version: null })
    expect(ok(request({ responseId: 'r', responseVersion: 'v2' }), 'x')).toMatchObject({
      id: 'r',
      version: 'v2',
    })
    expect(ok(request({ responseId: null, responseVersion: null }), 'x')).toMatchObject({
      id: null,
      version: null,
    })
    // A request that failed before routing (no route options, or no config) gets the defaults.
    const bare = { body: undefined } as unknown as FastifyRequest
    const unrouted = { routeOptions: {}, body: undefined } as unknown as FastifyRequest
    for (const r of [bare, unrouted]) {
      expect(envelopeConfig(r)).toEqual({ responseId: null, responseVersion: null, shape: 'mosip' })
    }
    expect(envelopeConfig(request())).toEqual({
      responseId: null,
      responseVersion: null,
      shape: 'mosip',
    })
  })

  it('lists errors as {errorCode, message}, with no response', () => {
    const body = errorBody(request({ responseId: 'r' }), [
      new ResidentError('RES-SER-410', 'individualId'),
      new ResidentError('RES-OTP-007'),
    ])
    expect(body).toEqual({
      id: 'r',
      version: '1.0',
      responsetime: expect.stringMatching(ISO),
      metadata: null,
      response: null,
      errors: [
        { errorCode: 'RES-SER-410', message: 'Invalid Input Parameter - individualId' },
        { errorCode: 'RES-OTP-007', message: 'OTP is invalid' },
      ],
    })
  })

  it('stamps the current time', () => {
    expect(mosipTime(new Date('2026-05-04T10:12:00.5Z'))).toBe('2026-05-04T10:12:00.500Z')
    const stamped = Date.parse(ok(request(), null).responsetime)
    expect(Math.abs(stamped - Date.now())).toBeLessThan(5_000)
  })
})

describe('IDA envelope of the OTP routes', () => {
  const ida = { responseId: 'mosip.identity.otp.internal', shape: 'ida' }

  it('answers with the transaction id the request carried, under either spelling', () => {
    for (const key of ['transactionID', 'transactionId']) {
      const body = idaOk(request(ida, { [key]: '1234567890' }), { maskedEmail: null })
      expect(body, key).toEqual({
        id: 'mosip.identity.otp.internal',
        version: '1.0',
        transactionID: '1234567890',
        responseTime: expect.stringMatching(ISO),
        response: { maskedEmail: null },
        errors: null,
        metadata: null,
      })
    }
  })

  it('answers a malformed or missing transaction id as null, never echoing it', () => {
    for (const body of [{ transactionID: '12345' }, { transactionID: 1234567890 }, {}, undefined]) {
      expect(idaOk(request(ida, body), null).transactionID, JSON.stringify(body)).toBeNull()
    }
    expect(idaOk(request(ida, { transactionID: '<script>1234' }), null).transactionID).toBeNull()
    expect(idaOk(request(ida, { transactionID: '12345678901' }), null).transactionID).toBeNull()
  })

  it('lists errors as {errorCode, errorMessage}', () => {
    const body = errorBody(request(ida, { transactionID: '1234567890' }), [
      new ResidentError('IDA-MLC-018'),
    ])
    expect(body).toEqual({
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionID: '1234567890',
      responseTime: expect.stringMatching(ISO),
      response: null,
      errors: [
        { errorCode: 'IDA-MLC-018', errorMessage: 'Individual id not available in database' },
      ],
    })
  })
})

describe('sendError', () => {
  it('answers with the error’s HTTP status and the envelope of the route', () => {
    const sent: { status?: number; body?: unknown } = {}
    const reply = {
      status(code: number) {
        sent.status = code
        return this
      },
      send(body: unknown) {
        sent.body = body
        return this
      },
    }
    sendError(request({ responseId: 'r' }), reply as never, new ResidentError('RES-SER-905'))
    expect(sent.status).toBe(429)
    expect(sent.body).toMatchObject({
      id: 'r',
      errors: [
        { errorCode: 'RES-SER-905', message: 'Too many requests, please wait and try again' },
      ],
    })
  })
})
