import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load.ts'
import {
  compareOtp,
  formatOtpSection,
  type OtpSection,
  otpSummaryRows,
  roundTripsOf,
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

const row = (step: SplitStep, p50Ms: number, queriesMean = 0, backgroundQueriesMean = 0) => ({
  step,
  runs: 100,
  p50Ms,
  p99Ms: p50Ms * 2,
  meanMs: p50Ms,
  cpuMeanMs: p50Ms / 2,
  queriesMean,
  backgroundQueriesMean,
})

const section = (split: SplitRow[] | undefined): OtpSection => ({
  database: 'postgres',
  individuals: 5040,
  addedIdentities: 5000,
  settings: { CAPTCHA_REQUIRED: 'false', OTP_MAX_SENDS: '100' },
  populationSeconds: 2,
  serverReadyMs: 900,
  comparisons: [
    compareOtp('send', result(150, 120), result(15000, 3), 263),
    compareOtp('validate', result(120, 150), result(16000, 3), 180),
  ],
  roundTrips: roundTripsOf(split),
  preSent: 800,
  preSendSeconds: 4,
  sendBacklogSeconds: 0.5,
  maxSendsPerIndividual: 1,
  sendLimit: 100,
  split,
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
      'send p50: IDA (lookups, limit, OTP row, queued message) 6.00 ms, ' +
        'resident service (event, audit) and Fastify 2.50 ms, HTTP and TCP 1.00 ms; ' +
        'after the answer, the job’s notifier 1.50 ms',
    )
    expect(validate).toContain('IDA 3.00 ms')
    expect(validate).toContain('and Fastify 5.00 ms, HTTP and TCP 1.00 ms')
  })

  it('prints the ratios and says which settings the benchmark changed', () => {
    const s = section(undefined)
    expect(s.comparisons[0]?.rpsRatio).toBe(0.01)
    const text = formatOtpSection(s)
    expect(text).toContain('40 seeded demo residents with an email + 5000 added')
    expect(text).toContain('CAPTCHA_REQUIRED=false OTP_MAX_SENDS=100')
    expect(text).toContain('captcha off')
    expect(text).toMatch(/OTP send\s+0\.010\s+40\.00/)
    // Without the split, no round trips were counted: said, not guessed.
    expect(text).toMatch(/OTP send \(real\)\s+150\s+–\s/)
    expect(text).toContain('SQL/req: not measured')
  })

  it('prints the SQL round trips of the HTTP steps next to req/s, and in the summary', () => {
    const split = [
      row('send-notifier', 1.5, 3, 0),
      row('send-ida', 6, 7.06, 4),
      row('send-inject', 8.5, 11.06, 4),
      row('send-http', 9.5, 11.06, 4),
      row('validate-ida', 3, 9, 0),
      row('validate-inject', 8, 14, 4),
      row('validate-http', 9, 14, 4),
    ]
    const s = section(split)
    expect(s.roundTrips).toEqual({
      send: { request: 11.06, background: 4 },
      validate: { request: 14, background: 4 },
    })
    const text = formatOtpSection(s)
    expect(text).toMatch(/OTP send \(real\)\s+150\s+11\.1 \+ 4\.0\s/)
    expect(text).toMatch(/OTP validate \(bare\)\s+16000\s+0\s/)
    expect(text).toMatch(/validate: route over HTTP.*\s14\.0\s+4\.0$/m)
    expect(otpSummaryRows([s]).map((r) => r.at(-1))).toEqual(['11.1 + 4.0', '14.0 + 4.0'])
  })
})
