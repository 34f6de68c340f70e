import { describe, expect, it } from 'vitest'
import { bestRate, envelopeOk, MIX_WEIGHTS, meetsTarget, ticketsNeeded } from './mix.ts'
import type { OpenResult } from './open-load.ts'

const run = (rate: number, p99Ms: number, errors = 0, achievedRps = rate): OpenResult => ({
  rate,
  seconds: 10,
  requests: rate * 10,
  achievedRps,
  errors,
  p50Ms: 1,
  p99Ms,
  maxMs: p99Ms * 2,
  maxSendLagMs: 0,
  entries: [],
  samples: [],
})

describe('the public mix', () => {
  it('adds up to 100 with sends and validates paired', () => {
    expect(Object.values(MIX_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100)
    expect(MIX_WEIGHTS['OTP send']).toBe(MIX_WEIGHTS['OTP validate'])
  })

  it('finds the highest rate whose p99 stays under 50 ms without errors', () => {
    expect(bestRate([run(100, 20), run(150, 30), run(200, 49), run(300, 80)])).toBe(200)
    expect(bestRate([run(100, 20), run(150, 10, 1)])).toBe(100)
    expect(bestRate([run(100, 60)])).toBeNaN()
    // A server that answers fewer than were sent did not keep up, whatever its p99.
    expect(meetsTarget(run(400, 20, 0, 300))).toBe(false)
  })

  it('pre-sends enough OTPs for every validate the plan can send', () => {
    const plan = { rate: 100, seconds: 60, steps: [200], stepSeconds: 10, validate: true }
    // 8000 requests, 7 % validates = 560, plus the margin.
    expect(ticketsNeeded(plan)).toBeGreaterThanOrEqual(560)
    expect(ticketsNeeded(plan)).toBeLessThan(620)
  })

  it('counts a MOSIP business error answered with HTTP 200 as an error', () => {
    expect(envelopeOk(200, '{"response":{"a":1},"errors":null}')).toBe(true)
    expect(envelopeOk(200, '{"response":null,"errors":[{"errorCode":"RES-SER-410"}]}')).toBe(false)
    expect(envelopeOk(429, '{"response":{},"errors":[]}')).toBe(false)
    expect(envelopeOk(200, '<html>')).toBe(false)
  })
})
