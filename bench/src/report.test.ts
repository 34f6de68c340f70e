import { describe, expect, it } from 'vitest'
import type { LoadResult } from './load.ts'
import { compare, loadProblems, ratio, table } from './report.ts'

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
})
