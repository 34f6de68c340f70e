// The open-model mix's tables: one row per rate, then the sustained run by kind of request.
import type { MixSection } from './mix.ts'
import { meetsTarget, P99_TARGET_MS } from './mix.ts'
import type { OpenResult } from './open-load.ts'
import { fixed, ms, table } from './report.ts'

const rateRow = (r: OpenResult) => [
  `${r.rate} req/s × ${r.seconds} s`,
  fixed(r.achievedRps, 0),
  String(r.requests),
  ms(r.p50Ms),
  ms(r.p99Ms),
  ms(r.maxMs),
  String(r.errors),
  ms(r.maxSendLagMs),
  meetsTarget(r) ? 'ok' : 'MISSED',
]

export function formatMix(s: MixSection): string {
  const weights = Object.entries(s.weights)
    .map(([name, w]) => `${name} ${w}`)
    .join(', ')
  return [
    '── Public mix, open model (constant arrival rate), one process on PostgreSQL ──',
    `mix per 100 requests: ${weights}; latency counted from each request's scheduled time`,
    '',
    table(
      [
        'rate',
        'answered/s',
        'requests',
        'p50',
        'p99',
        'max',
        'errors',
        'send lag',
        `p99<${P99_TARGET_MS}`,
      ],
      [s.sustained, ...s.steps].map(rateRow),
    ),
    '',
    table(
      [`at ${s.sustained.rate} req/s`, 'requests', 'p50', 'p99', 'max', 'errors'],
      s.sustained.entries.map((e) => [
        e.name,
        String(e.requests),
        ms(e.p50Ms),
        ms(e.p99Ms),
        ms(e.maxMs),
        String(e.errors),
      ]),
    ),
    '',
    `highest rate with p99 < ${P99_TARGET_MS} ms and no error: ` +
      (Number.isFinite(s.bestRate) ? `${s.bestRate} req/s` : 'none'),
    ...[s.sustained, ...s.steps].flatMap((r) =>
      r.samples.map((x) => `error at ${r.rate} req/s: ${x}`),
    ),
  ].join('\n')
}

/** Problems for the report: the sustained run missing its target. */
export function mixProblems(s: MixSection): string[] {
  const r = s.sustained
  const problems: string[] = []
  if (r.errors > 0) problems.push(`mix at ${r.rate} req/s: ${r.errors} errors`)
  if (!(r.p99Ms < P99_TARGET_MS))
    problems.push(`mix at ${r.rate} req/s: p99 ${ms(r.p99Ms)} ≥ ${P99_TARGET_MS} ms`)
  return problems
}
