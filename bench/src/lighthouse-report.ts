// Pure parts of the Lighthouse bench: picking the median run and printing the table beside the
// JS weight of each page. No browser here, so it is unit-tested (lighthouse-report.test.ts).
import { table } from './report.ts'
import { median } from './stats.ts'

export type Preset = 'mobile' | 'desktop'

/** One Lighthouse run of one page: the performance score (0–100) and its main metrics. */
export interface LighthouseRun {
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
  fcpMs: number
}

export interface LighthouseResult {
  page: string
  lang: string
  preset: Preset
  runs: LighthouseRun[]
  /** The run with the median score (Lighthouse's own advice: report one real run, not a mix). */
  median: LighthouseRun
  /** Why a run could not be measured (the page is still printed, without numbers). */
  error?: string
}

/** Targets of the issue: score ≥ 95 on mobile and desktop, CLS < 0.1. */
export const LIGHTHOUSE_TARGETS = { score: 95, cls: 0.1 }

/**
 * The run whose score is the median (the lower middle one for an even count), ties broken by
 * LCP, so the metrics printed come from one real run.
 */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  if (runs.length === 0) throw new Error('no Lighthouse runs')
  const sorted = [...runs].sort((a, b) => a.score - b.score || a.lcpMs - b.lcpMs)
  const mid = median(sorted.map((r) => r.score))
  // `median` averages the middle pair of an even count: take the run at or just below it.
  let chosen = sorted[0] as LighthouseRun
  for (const run of sorted) if (run.score <= mid) chosen = run
  return chosen
}

export function lighthouseProblems(results: readonly LighthouseResult[]): string[] {
  const problems: string[] = []
  for (const r of results) {
    const where = `Lighthouse ${r.preset} ${r.page} (${r.lang})`
    if (r.error) {
      problems.push(`${where}: ${r.error}`)
      continue
    }
    if (r.median.score < LIGHTHOUSE_TARGETS.score) {
      problems.push(`${where}: score ${r.median.score} < ${LIGHTHOUSE_TARGETS.score}`)
    }
    if (r.median.cls >= LIGHTHOUSE_TARGETS.cls) {
      problems.push(`${where}: CLS ${r.median.cls.toFixed(3)} ≥ ${LIGHTHOUSE_TARGETS.cls}`)
    }
  }
  return problems
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const kibText = (bytes: number | undefined) =>
  bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KiB`

/**
 * One row per page, language and preset: median score (min–max of the runs), LCP, TBT, CLS,
 * FCP of the median run, and the page's JS gzipped (`jsGzip` keyed by `${lang} ${page}`).
 */
export function formatLighthouse(
  results: readonly LighthouseResult[],
  jsGzip: ReadonlyMap<string, number>,
): string {
  const rows = results.map((r) => {
    const head = [r.page, r.lang, r.preset]
    const js = kibText(jsGzip.get(`${r.lang} ${r.page}`))
    if (r.error) return [...head, 'failed', '', '', '', '', js]
    const scores = r.runs.map((run) => run.score)
    const spread = `${Math.min(...scores)}–${Math.max(...scores)}`
    const m = r.median
    return [
      ...head,
      `${m.score} (${spread})`,
      seconds(m.lcpMs),
      `${Math.round(m.tbtMs)} ms`,
      m.cls.toFixed(3),
      seconds(m.fcpMs),
      js,
    ]
  })
  return [
    `── Portal Lighthouse (performance, median of ${results[0]?.runs.length ?? 0}) ──`,
    table(['page', 'lang', 'preset', 'score', 'LCP', 'TBT', 'CLS', 'FCP', 'JS gzip'], rows),
  ].join('\n')
}

/** JS and CSS a direct link to each page loads, against the JS target. */
export function formatPageWeights(
  pages: readonly { path: string; lang: string; jsGzip: number; cssGzip: number }[],
  jsTarget: number,
): string {
  return [
    '── Portal weight per page (direct link, gzip -9) ──',
    table(
      ['page', 'lang', 'JS', 'CSS', 'verdict'],
      pages.map((p) => [
        p.path,
        p.lang,
        kibText(p.jsGzip),
        kibText(p.cssGzip),
        p.jsGzip <= jsTarget ? 'ok' : `OVER ${kibText(jsTarget)}`,
      ]),
    ),
  ].join('\n')
}
