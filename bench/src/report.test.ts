import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load.ts'
import { compare, formatSummary, loadProblems, pair, type Report, ratio, table } from './report.ts'

const result = (rps: number, p99Ms: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  name: 'x',
  urls: 4,
  seconds: 10,
  connections: 10,
  requests: rps * 10,
  rps,
  latencyAvgMs: 1,
  p50Ms: 1,
  p99Ms,
  bytesPerResponse: 100,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
  ...extra,
})

describe('report', () => {
  it('divides real by bare, NaN over zero', () => {
    const c = compare('search', result(2000, 12), result(8000, 3), 5000, 5000)
    expect(c.rpsRatio).toBe(0.25)
    expect(c.p99Ratio).toBe(4)
    expect(ratio(1, 0)).toBeNaN()
  })

  it('lists failed answers as problems', () => {
    expect(loadProblems('a', result(10, 1))).toEqual([])
    expect(loadProblems('a', result(10, 1, { non2xx: 3, timeouts: 1 }))).toEqual([
      'a: 3 non-2xx answers',
      'a: 1 timeouts',
    ])
    // MOSIP answers business errors with HTTP 200: a wrong body is a failure too.
    expect(loadProblems('a', result(10, 1, { mismatches: 2 }))).toEqual(['a: 2 unexpected answers'])
  })

  it('aligns a table', () => {
    expect(
      table(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbb', '22'],
        ],
      ),
    ).toBe(['name   n', '────  ──', 'a      1', 'bbb   22'].join('\n'))
  })

  it('prints every path of every part in one table, with the ratio to bare Fastify', () => {
    const report: Report = {
      startedAt: '2026-12-05T10:00:00.000Z',
      node: 'v24',
      platform: 'linux x64',
      cpus: 2,
      seconds: 10,
      rounds: 2,
      connections: 10,
      sections: [
        {
          database: 'postgres',
          centres: 10_000,
          openSeconds: 0,
          migrateSeconds: 0,
          seedSeconds: 1,
          populationSeconds: 2,
          serverReadyMs: 500,
          searchTexts: ['abc'],
          nearbyPoints: 8,
          comparisons: [
            compare('search', result(2000, 12), result(8000, 3), 5000, 5000),
            compare('workingdays', result(4000, 5, { non2xx: 2 }), result(8000, 2), 300, 300),
          ],
        },
      ],
      otp: [],
      startTimes: undefined,
      portal: undefined,
      pdf: undefined,
      problems: [],
    }
    const text = formatSummary(report, [
      {
        label: 'postgres OTP send',
        pair: pair(result(500, 30), result(9000, 2)),
        roundTrips: '11.0 + 4.0',
      },
    ])
    const lines = text.split('\n')
    const header = lines.findIndex((l) => l.startsWith('path'))
    expect(lines[header]).toMatch(
      /real req\/s\s+bare req\/s\s+ratio\s+p50\s+p99\s+errors\s+round trips/,
    )
    const rows = lines.slice(header + 2, header + 5)
    expect(rows[0]).toMatch(
      /^postgres centre search page\s+2000\s+8000\s+0\.25\s+1\.00 ms\s+12 ms\s+0\s+–$/,
    )
    expect(rows[1]).toMatch(/^postgres working days\s+4000\s+8000\s+0\.50 .* 2\s+–$/)
    expect(rows[2]).toMatch(/^postgres OTP send\s+500\s+9000\s+0\.056 .* 11\.0 \+ 4\.0$/)
  })
})
