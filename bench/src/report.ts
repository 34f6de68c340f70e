// The benchmark report: its shape, the text tables printed, and the JSON file saved.
import fs from 'node:fs'
import path from 'node:path'
import type { LoadResult } from './load.ts'
import type { MixSection } from './mix.ts'
import type { OtpSection } from './otp-report.ts'
import type { PdfTiming } from './pdf-timing.ts'
import type { PortalWeight } from './portal-weight.ts'
import type { StartRun, StartTimes } from './start-time.ts'

/** The real server's and the bare one's results for one workload, and their ratios. */
export interface Paired {
  real: LoadResult
  bare: LoadResult
  /** real rps / bare rps: 1 is as fast as bare Fastify, 0.25 is a quarter of it. */
  rpsRatio: number
  /** real p99 / bare p99: 1 is as fast, 4 is four times the tail latency. */
  p99Ratio: number
}

/** The public read-only paths measured against bare Fastify in the centres part. */
export type Endpoint =
  | 'nearby'
  | 'search'
  | 'workingdays'
  | 'validdocuments'
  | 'documenttypes'
  | 'locationlevels'
  | 'uiproperties'

export interface EndpointComparison extends Paired {
  endpoint: Endpoint
  realBytesAvg: number
  bareBytes: number
}

export interface DatabaseSection {
  database: 'pglite' | 'postgres'
  centres: number
  openSeconds: number
  migrateSeconds: number
  seedSeconds: number
  /** Open, migrate, seed, close. */
  populationSeconds: number
  serverReadyMs: number
  searchTexts: string[]
  nearbyPoints: number
  comparisons: EndpointComparison[]
}

export interface Report {
  startedAt: string
  node: string
  platform: string
  cpus: number
  seconds: number
  rounds: number
  connections: number
  sections: DatabaseSection[]
  otp: OtpSection[]
  startTimes: StartTimes | undefined
  portal: PortalWeight | undefined
  pdf: PdfTiming[] | undefined
  /** The open-model public mix (PostgreSQL only). */
  mix?: MixSection | undefined
  problems: string[]
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN
}

export function pair(real: LoadResult, bare: LoadResult): Paired {
  return {
    real,
    bare,
    rpsRatio: ratio(real.rps, bare.rps),
    p99Ratio: ratio(real.p99Ms, bare.p99Ms),
  }
}

export function compare(
  endpoint: EndpointComparison['endpoint'],
  real: LoadResult,
  bare: LoadResult,
  realBytesAvg: number,
  bareBytes: number,
): EndpointComparison {
  return { endpoint, ...pair(real, bare), realBytesAvg, bareBytes }
}

/** Problems a load result shows (failed or non-2xx answers): empty when clean. */
export function loadProblems(where: string, r: LoadResult): string[] {
  const problems: string[] = []
  if (r.requests === 0) problems.push(`${where}: no request completed`)
  if (r.non2xx > 0) problems.push(`${where}: ${r.non2xx} non-2xx answers`)
  if (r.errors > 0) problems.push(`${where}: ${r.errors} errors`)
  if (r.timeouts > 0) problems.push(`${where}: ${r.timeouts} timeouts`)
  if (r.mismatches > 0) problems.push(`${where}: ${r.mismatches} unexpected answers`)
  return problems
}

/** Left-aligned first column, right-aligned others, two spaces between. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...rows.map(line)].join('\n')
}

export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–')
/** Two decimals, or two significant digits below 0.1 (a ratio of 0.004 must not print as 0). */
export const ratioText = (n: number) =>
  !Number.isFinite(n) ? '–' : n >= 0.1 ? n.toFixed(2) : n.toPrecision(2)
export const kib = (bytes: number) => `${fixed(bytes / 1024, 1)} KiB`
export const ms = (n: number) => `${fixed(n, n < 10 ? 2 : 0)} ms`

export const databaseName = (database: 'pglite' | 'postgres') =>
  database === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'

/** A row of a section's table: req/s, p50, p99, avg, body bytes, `count`, failed answers. */
export function resultRow(label: string, r: LoadResult, bodyBytes: number, count: number) {
  return [
    label,
    fixed(r.rps, 0),
    ms(r.p50Ms),
    ms(r.p99Ms),
    ms(r.latencyAvgMs),
    String(Math.round(bodyBytes)),
    String(count),
    String(r.non2xx + r.errors + r.timeouts + r.mismatches),
  ]
}

/** A row of a section's "real / bare" table. */
export const ratioRow = (label: string, p: Paired) => [
  label,
  ratioText(p.rpsRatio),
  ratioText(p.p99Ratio),
]

/** A row of the summary: real and bare req/s, ratio, real and bare p99, ratio. */
export const summaryRow = (label: string, p: Paired) => [
  label,
  fixed(p.real.rps, 0),
  fixed(p.bare.rps, 0),
  ratioText(p.rpsRatio),
  ms(p.real.p99Ms),
  ms(p.bare.p99Ms),
  ratioText(p.p99Ratio),
]

export const ENDPOINT_NAMES: Record<Endpoint, string> = {
  nearby: 'nearby centres',
  search: 'centre search page',
  workingdays: 'working days',
  validdocuments: 'valid documents',
  documenttypes: 'document types',
  locationlevels: 'location levels',
  uiproperties: 'ui-properties',
}

export function formatSection(s: DatabaseSection): string {
  const rows = s.comparisons.flatMap((c) => [
    resultRow(`${ENDPOINT_NAMES[c.endpoint]} (real)`, c.real, c.realBytesAvg, c.real.urls),
    resultRow(`${ENDPOINT_NAMES[c.endpoint]} (bare)`, c.bare, c.bareBytes, c.bare.urls),
  ])
  const ratios = s.comparisons.map((c) => ratioRow(ENDPOINT_NAMES[c.endpoint], c))
  return [
    `── ${databaseName(s.database)}: ${s.centres} centres ──`,
    `population: open ${fixed(s.openSeconds, 1)} s, migrate ${fixed(s.migrateSeconds, 2)} s, ` +
      `seed ${fixed(s.seedSeconds, 1)} s, total ${fixed(s.populationSeconds, 1)} s; ` +
      `server ready ${fixed(s.serverReadyMs, 0)} ms after spawn`,
    `search texts: ${s.searchTexts.join(', ')}; nearby points: ${s.nearbyPoints} (radius 2000 m)`,
    '',
    table(['endpoint', 'req/s', 'p50', 'p99', 'avg', 'body B', 'URLs', 'failed'], rows),
    '',
    table(['real / bare', 'req/s ratio', 'p99 ratio'], ratios),
  ].join('\n')
}

export function formatStartTimes(t: StartTimes): string {
  const run = (r: StartRun) =>
    `${fixed(r.readyMs, 0)} ms` +
    (r.serverStartupMs === undefined ? '' : ` (server main() ${r.serverStartupMs} ms)`)
  return [
    '── Start time (npm start → /ready 200) ──',
    `cold (empty data folder, seeds the demo country): ${run(t.cold)}`,
    ...t.warm.map((r, i) => `warm ${i + 1}: ${run(r)}`),
    `warm median: ${fixed(t.warmMedianMs, 0)} ms`,
  ].join('\n')
}

export function formatPortal(p: PortalWeight): string {
  const files = [...p.firstPage.js, ...p.firstPage.css].map((a) => [
    a.file,
    String(a.bytes),
    String(a.gzip),
  ])
  return [
    '── Portal weight (gzip -9) ──',
    table(['first page loads', 'bytes', 'gzip'], files),
    '',
    table(
      ['', 'gzip', 'target', 'verdict'],
      [
        ['first-page JS', kib(p.firstPage.jsGzip), kib(p.targets.jsGzip), verdict(p, 'js')],
        ['first-page CSS', kib(p.firstPage.cssGzip), kib(p.targets.cssGzip), verdict(p, 'css')],
        [`all assets (${p.all.files} files)`, kib(p.all.gzip), '', `${kib(p.all.bytes)} raw`],
      ],
    ),
    ...(p.notes.length ? ['', ...p.notes.map((n) => `note: ${n}`)] : []),
  ].join('\n')
}

function verdict(p: PortalWeight, kind: 'js' | 'css'): string {
  const size = kind === 'js' ? p.firstPage.jsGzip : p.firstPage.cssGzip
  const target = kind === 'js' ? p.targets.jsGzip : p.targets.cssGzip
  return size <= target ? 'ok' : 'OVER'
}

/** One row of the summary table: a path measured on the real server and on bare Fastify. */
export interface PathRow {
  /** Database and path, e.g. "postgres centre search page". */
  label: string
  pair: Paired
  /** SQL statements per request (on its path + in the background), when they were counted. */
  roundTrips?: string
}

export const SUMMARY_HEADER = [
  'path',
  'real req/s',
  'bare req/s',
  'ratio',
  'p50',
  'p99',
  'errors',
  'round trips',
]

/** Failed answers of both sides: a path whose baseline fails measures nothing either. */
const failures = (r: LoadResult) => r.non2xx + r.errors + r.timeouts + r.mismatches

/** real req/s, bare req/s, their ratio, the real server's p50 and p99, errors, round trips. */
export const pathRow = (row: PathRow) => [
  row.label,
  fixed(row.pair.real.rps, 0),
  fixed(row.pair.bare.rps, 0),
  ratioText(row.pair.rpsRatio),
  ms(row.pair.real.p50Ms),
  ms(row.pair.real.p99Ms),
  String(failures(row.pair.real) + failures(row.pair.bare)),
  row.roundTrips ?? '–',
]

/** The centres part's paths as summary rows. */
export const sectionRows = (sections: DatabaseSection[]): PathRow[] =>
  sections.flatMap((s) =>
    s.comparisons.map((c) => ({ label: `${s.database} ${ENDPOINT_NAMES[c.endpoint]}`, pair: c })),
  )

/**
 * The whole run in one table (every path of every part, each against its bare twin), then the
 * single numbers. `extraRows`: paths measured by other parts (the OTP routes).
 */
export function formatSummary(r: Report, extraRows: PathRow[] = []): string {
  const rows = [...sectionRows(r.sections), ...extraRows]
  const lines = [
    '══ Summary ══',
    `${r.node} on ${r.platform}, ${r.cpus} CPUs; ${r.connections} connections, ${r.seconds} s per server and path in ${r.rounds} alternating rounds; ratio = real / bare req/s; p50, p99 of the real server; round trips = SQL per request + in the background`,
    '',
    table(SUMMARY_HEADER, rows.map(pathRow)),
    '',
  ]
  if (r.mix) {
    const m = r.mix.sustained
    lines.push(
      `public mix, open model, ${m.rate} req/s for ${m.seconds} s on ${r.mix.database}: ` +
        `p50 ${ms(m.p50Ms)}, p99 ${ms(m.p99Ms)}, max ${ms(m.maxMs)}, ${m.errors} errors; ` +
        `highest rate with p99 < 50 ms: ${Number.isFinite(r.mix.bestRate) ? `${r.mix.bestRate} req/s` : 'none'}`,
    )
  }
  for (const s of r.sections) {
    lines.push(
      `seed ${s.centres} centres on ${s.database}: ${fixed(s.seedSeconds, 1)} s ` +
        `(with open, migrate and close ${fixed(s.populationSeconds, 1)} s)`,
    )
  }
  if (r.startTimes) {
    lines.push(
      `cold start, npm start → /ready (demo seed): ${fixed(r.startTimes.cold.readyMs, 0)} ms; ` +
        `warm start (median of ${r.startTimes.warm.length}): ${fixed(r.startTimes.warmMedianMs, 0)} ms`,
    )
  }
  if (r.portal) {
    lines.push(
      `first-page JS ${kib(r.portal.firstPage.jsGzip)} / ${kib(r.portal.targets.jsGzip)} (${verdict(r.portal, 'js')}), ` +
        `CSS ${kib(r.portal.firstPage.cssGzip)} / ${kib(r.portal.targets.cssGzip)} (${verdict(r.portal, 'css')}), ` +
        `all assets ${kib(r.portal.all.gzip)} gzipped`,
    )
  }
  lines.push(
    r.problems.length
      ? `PROBLEMS:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`
      : 'no problems',
  )
  return lines.join('\n')
}

/** Saves the report as `<dir>/<timestamp>.json`; returns the file. */
export function saveReport(r: Report, dir: string): string {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${r.startedAt.replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`)
  return file
}
