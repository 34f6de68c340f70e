import { describe, expect, it } from 'vitest'
import { dueAt, plannedCount, summariseOutcomes, weightedOrder } from './open-load.ts'

describe('the open-model schedule', () => {
  it('sends at fixed intervals whatever the answers: 100 req/s is one every 10 ms', () => {
    expect(plannedCount(100, 60)).toBe(6000)
    expect([0, 1, 2, 5999].map((i) => dueAt(i, 100))).toEqual([0, 10, 20, 59_990])
    expect(dueAt(3, 300)).toBeCloseTo(10, 9)
  })

  it('keeps the mix proportions within every short stretch', () => {
    const next = weightedOrder([30, 16, 15, 25, 7, 7])
    const counts = [0, 0, 0, 0, 0, 0]
    for (let i = 0; i < 100; i++) {
      const k = next()
      counts[k] = (counts[k] ?? 0) + 1
    }
    expect(counts).toEqual([30, 16, 15, 25, 7, 7])
    // Spread out, not in blocks: the rare kinds appear in every 20 requests or so.
    const first20 = Array.from({ length: 20 }, next)
    expect(new Set(first20).size).toBe(6)
  })

  it('refuses weights that would send nothing', () => {
    expect(() => weightedOrder([0, 0])).toThrow()
    expect(() => weightedOrder([1, -1])).toThrow()
  })
})

describe('an open run summary', () => {
  it('counts failures per kind and keeps the slow tail the stall caused', () => {
    const outcomes = [
      ...Array.from({ length: 98 }, () => ({ entry: 0, latencyMs: 2, ok: true })),
      { entry: 1, latencyMs: 400, ok: true },
      { entry: 1, latencyMs: 3, ok: false, detail: '200 RES-OTP-006' },
    ]
    const r = summariseOutcomes(['search', 'otp'], outcomes, 100, 1, 1.25, 0.4)
    expect(r).toMatchObject({ requests: 100, errors: 1, p50Ms: 2, maxMs: 400, achievedRps: 80 })
    expect(r.p99Ms).toBe(3)
    expect(r.entries[1]).toMatchObject({ name: 'otp', requests: 2, errors: 1, maxMs: 400 })
    expect(r.samples).toEqual(['otp: 200 RES-OTP-006'])
  })
})
