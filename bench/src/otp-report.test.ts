import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load.ts'
import {
  compareOtp,
  formatOtpSection,
  type OtpSection,
  type SplitRow,
  type SplitStep,
  splitShares,
} from './otp-report.ts'

const result = (rps: number, p99Ms: number): LoadResult => ({
  name: 'x',
  urls: 1,
  seconds: 10,
  connections: 10,
  requests: rps * 10,
  rps,
  latencyAvgMs: 1,
  p50Ms: 1,
  p99Ms,
  bytesPerResponse: 400,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
})

const row = (step: SplitStep, p50Ms: number): SplitRow => ({
  step,
  runs: 100,
  p50Ms,
  p99Ms: p50Ms * 2,
  meanMs: p50Ms,
  cpuMeanMs: p50Ms / 2,
})

describe('OTP report', () => {
  it('splits a request’s median time by differences between steps', () => {
    const rows = [
      row('send-notifier', 1.5),
      row('send-ida', 6),
      row('send-inject', 8.5),
      row('send-http', 9.5),
      row('validate-ida', 3),
      row('validate-inject', 8),
      row('validate-http', 9),
    ]
    const [send, validate] = splitShares(rows)
    expect(send).toBe(
      'send p50: notifier 1.50 ms, rest of IDA (lookups, limit, OTP row) 4.50 ms, ' +
        'resident service (event, audit) and Fastify 2.50 ms, HTTP and TCP 1.00 ms',
    )
    expect(validate).toContain('IDA 3.00 ms')
    expect(validate).toContain('and Fastify 5.00 ms, HTTP and TCP 1.00 ms')
  })

  it('prints the ratios and says which settings the benchmark changed', () => {
    const section: OtpSection = {
      database: 'postgres',
      individuals: 5040,
      addedIdentities: 5000,
      settings: { CAPTCHA_REQUIRED: 'false', OTP_MAX_SENDS: '100' },
      populationSeconds: 2,
      serverReadyMs: 900,
      comparisons: [compareOtp('send', result(150, 120), result(15000, 3), 263)],
      preSent: 800,
      preSendSeconds: 4,
      maxSendsPerIndividual: 1,
      sendLimit: 100,
      split: undefined,
    }
    expect(section.comparisons[0]?.rpsRatio).toBe(0.01)
    const text = formatOtpSection(section)
    expect(text).toContain('40 seeded demo residents with an email + 5000 added')
    expect(text).toContain('CAPTCHA_REQUIRED=false OTP_MAX_SENDS=100')
    expect(text).toContain('captcha off')
    expect(text).toMatch(/OTP send\s+0\.010\s+40\.00/)
  })
})
