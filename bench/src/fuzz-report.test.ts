import { describe, expect, it } from 'vitest'
import { formatFuzzReport } from './fuzz-report.ts'

describe('formatFuzzReport', () => {
  it('prints throughput, statuses, codes, slow routes and every failure', () => {
    const text = formatFuzzReport(
      {
        sent: 3000,
        ms: 1500,
        statuses: { '200': 2000, '404': 1000 },
        codes: { ok: 1500, 'RES-SER-410': 1500 },
        routes: { 'GET /a': { count: 10, ms: 50 }, 'GET /b': { count: 5, ms: 100 } },
        failures: [
          {
            route: 'GET /a',
            label: 'param x',
            problem: 'HTTP 500',
            request: 'GET /a',
            answer: '500',
          },
        ],
        failureCount: 1,
      },
      7,
      ['RangeError: Invalid time value'],
    )
    expect(text).toContain('3000 requests in 1.5 s, 2000 requests/s (seed 7)')
    expect(text).toContain('by status: 200 ×2000, 404 ×1000')
    expect(text).toMatch(/20\.0 {2}GET \/b \(5\)\n.*5\.0 {2}GET \/a \(10\)/)
    expect(text).toContain('GET /a [param x] HTTP 500')
    expect(text).toContain('distinct server errors in the log: 1')
  })
})
