import { describe, expect, it } from 'vitest'
import {
  formatLighthouse,
  formatPageWeights,
  type LighthouseResult,
  type LighthouseRun,
  lighthouseProblems,
  medianRun,
} from './lighthouse-report.ts'

const run = (score: number, lcpMs = 1000, cls = 0): LighthouseRun => ({
  score,
  lcpMs,
  tbtMs: 50,
  cls,
  fcpMs: 800,
})

describe('medianRun', () => {
  it('takes the run with the middle score, so one bad run does not decide', () => {
    expect(medianRun([run(40), run(97), run(95)]).score).toBe(95)
    expect(medianRun([run(99), run(98), run(12)]).score).toBe(98)
  })

  it('reports the metrics of that same run', () => {
    const middle = run(90, 2500, 0.05)
    expect(medianRun([run(99, 900), middle, run(50, 6000)])).toBe(middle)
  })

  it('takes the lower middle run of an even count and refuses no runs', () => {
    expect(medianRun([run(80), run(90)]).score).toBe(80)
    expect(() => medianRun([])).toThrow()
  })
})

const result = (over: Partial<LighthouseResult>): LighthouseResult => ({
  page: '/',
  lang: 'eng',
  preset: 'mobile',
  runs: [run(96), run(97), run(98)],
  median: run(97),
  ...over,
})

describe('lighthouseProblems', () => {
  it('names each page below score 95 or with CLS ≥ 0.1, and failed runs', () => {
    expect(
      lighthouseProblems([
        result({}),
        result({ page: '/regcenter', median: run(79, 2100, 0.39) }),
        result({ page: '/document', lang: 'ara', preset: 'desktop', error: 'NO_FCP' }),
      ]),
    ).toEqual([
      'Lighthouse mobile /regcenter (eng): score 79 < 95',
      'Lighthouse mobile /regcenter (eng): CLS 0.390 ≥ 0.1',
      'Lighthouse desktop /document (ara): NO_FCP',
    ])
  })
})

describe('formatLighthouse', () => {
  it('prints score with its spread, LCP, TBT, CLS, FCP and the JS weight per page', () => {
    const text = formatLighthouse(
      [result({ runs: [run(90), run(97), run(99)], median: run(97, 2100, 0.012) })],
      new Map([['eng /', 101.2 * 1024]]),
    )
    const row = text.split('\n').find((l) => l.startsWith('/'))
    expect(row?.split(/\s{2,}/)).toEqual([
      '/',
      'eng',
      'mobile',
      '97 (90–99)',
      '2.10 s',
      '50 ms',
      '0.012',
      '0.80 s',
      '101.2 KiB',
    ])
    expect(text).toContain('median of 3')
  })

  it('keeps a failed page in the table', () => {
    const text = formatLighthouse([result({ runs: [], error: 'boom' })], new Map())
    expect(text).toMatch(/^\/\s+eng\s+mobile\s+failed/m)
  })
})

describe('formatPageWeights', () => {
  it('marks pages over the JS target', () => {
    const text = formatPageWeights(
      [
        { path: '/', lang: 'eng', jsGzip: 98 * 1024, cssGzip: 2048 },
        { path: '/getuin', lang: 'eng', jsGzip: 112.7 * 1024, cssGzip: 2048 },
      ],
      100 * 1024,
    )
    expect(text).toMatch(/^\/\s+eng\s+98\.0 KiB\s+2\.0 KiB\s+ok$/m)
    expect(text).toMatch(/^\/getuin\s+eng\s+112\.7 KiB\s+2\.0 KiB\s+OVER 100\.0 KiB$/m)
  })
})
