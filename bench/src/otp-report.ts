// The OTP part of the report: its shape and the text printed.
import type { LoadResult } from './load.ts'
import {
  databaseName,
  fixed,
  ms,
  type Paired,
  pair,
  ratioRow,
  resultRow,
  summaryRow,
  table,
} from './report.ts'

export interface OtpComparison extends Paired {
  endpoint: 'send' | 'validate'
  /** Body bytes of the real answer the bare server repeats. */
  bodyBytes: number
}

/** One step timed in-process, one request at a time. */
export interface SplitRow {
  step: SplitStep
  runs: number
  p50Ms: number
  p99Ms: number
  meanMs: number
  /** CPU time of this process (the server's JavaScript; PGlite's database too) per run. */
  cpuMeanMs: number
  /** SQL statements (round trips) the step sent, per run. */
  queriesMean: number
  /** Statements the job runner sent delivering what the step queued, per run. */
  backgroundQueriesMean: number
}

/** SQL round trips of one request: on its path, and later by the job runner for it. */
export interface RoundTrips {
  request: number
  background: number
}

export type SplitStep =
  | 'send-notifier'
  | 'send-ida'
  | 'send-inject'
  | 'send-http'
  | 'validate-ida'
  | 'validate-inject'
  | 'validate-http'

export interface OtpSection {
  database: 'pglite' | 'postgres'
  /** Individuals the requests rotate through. */
  individuals: number
  /** Of which identities the benchmark added to the demo registry. */
  addedIdentities: number
  /** Server settings the benchmark changed, as environment variables. */
  settings: Record<string, string>
  populationSeconds: number
  serverReadyMs: number
  comparisons: OtpComparison[]
  /** OTPs sent and read back from the mailbox before the validation load, and how long it took. */
  preSent: number
  preSendSeconds: number
  /**
   * Seconds the real server's job runner needed after its send rounds (and warm-up) to deliver
   * the emails still queued: waited for, untimed, before the bare server's turns.
   */
  sendBacklogSeconds: number
  /** The most OTPs one individual was sent during the run, and the limit per window. */
  maxSendsPerIndividual: number
  sendLimit: number
  split: SplitRow[] | undefined
  /** Per request over HTTP, from the split (undefined when it was skipped). */
  roundTrips: Record<OtpComparison['endpoint'], RoundTrips> | undefined
}

/** Round trips of the HTTP requests the load sends, from the split's rows. */
export function roundTripsOf(
  rows: SplitRow[] | undefined,
): Record<OtpComparison['endpoint'], RoundTrips> | undefined {
  const of = (step: SplitStep): RoundTrips | undefined => {
    const row = rows?.find((r) => r.step === step)
    return row && row.runs > 0
      ? { request: row.queriesMean, background: row.backgroundQueriesMean }
      : undefined
  }
  const send = of('send-http')
  const validate = of('validate-http')
  return send && validate ? { send, validate } : undefined
}

/** "11.1 + 4.0": statements on the request's path, then the background's for it. */
export const roundTripText = (t: RoundTrips | undefined) =>
  t ? `${fixed(t.request, 1)} + ${fixed(t.background, 1)}` : '–'

export function compareOtp(
  endpoint: OtpComparison['endpoint'],
  real: LoadResult,
  bare: LoadResult,
  bodyBytes: number,
): OtpComparison {
  return { endpoint, ...pair(real, bare), bodyBytes }
}

export const OTP_ENDPOINT_NAMES = {
  send: 'OTP send',
  validate: 'OTP validate',
} as const

const STEP_NAMES: Record<SplitStep, string> = {
  'send-notifier': 'send: notifier (render, mailbox row), run by the job',
  'send-ida': 'send: IDA sendOtp (queues the message)',
  'send-inject': 'send: route, in-process (inject)',
  'send-http': 'send: route over HTTP (fetch, 1 connection)',
  'validate-ida': 'validate: IDA authenticateOtp',
  'validate-inject': 'validate: route, in-process (inject)',
  'validate-http': 'validate: route over HTTP (fetch, 1 connection)',
}

/** Where a request's time goes, from differences of the steps' medians. */
export function splitShares(rows: SplitRow[]): string[] {
  const p50 = (step: SplitStep) => rows.find((r) => r.step === step)?.p50Ms ?? Number.NaN
  return [
    `send p50: IDA (lookups, limit, OTP row, queued message) ${ms(p50('send-ida'))}, ` +
      `resident service (event, audit) and Fastify ${ms(p50('send-inject') - p50('send-ida'))}, ` +
      `HTTP and TCP ${ms(p50('send-http') - p50('send-inject'))}; ` +
      `after the answer, the job’s notifier ${ms(p50('send-notifier'))}`,
    `validate p50: IDA ${ms(p50('validate-ida'))}, ` +
      `resident service (event, audit, queued notice) and Fastify ${ms(p50('validate-inject') - p50('validate-ida'))}, ` +
      `HTTP and TCP ${ms(p50('validate-http') - p50('validate-inject'))}`,
  ]
}

/** A result row with the SQL round trips after req/s. */
function withRoundTrips(row: string[], trips: string): string[] {
  const [label = '', rps = '', ...rest] = row
  return [label, rps, trips, ...rest]
}

export function formatOtpSection(s: OtpSection): string {
  const rows = s.comparisons.flatMap((c) => [
    withRoundTrips(
      resultRow(`${OTP_ENDPOINT_NAMES[c.endpoint]} (real)`, c.real, c.bodyBytes, c.real.requests),
      roundTripText(s.roundTrips?.[c.endpoint]),
    ),
    withRoundTrips(
      resultRow(`${OTP_ENDPOINT_NAMES[c.endpoint]} (bare)`, c.bare, c.bodyBytes, c.bare.requests),
      '0',
    ),
  ])
  const ratios = s.comparisons.map((c) => ratioRow(OTP_ENDPOINT_NAMES[c.endpoint], c))
  const settings = Object.entries(s.settings)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  const lines = [
    `── OTP, ${databaseName(s.database)}: ${s.individuals} individuals ` +
      `(${s.individuals - s.addedIdentities} seeded demo residents with an email + ${s.addedIdentities} added) ──`,
    `server settings for the benchmark: ${settings}`,
    'captcha off: solving the ALTCHA proof of work is the client’s cost; the server’s check of ' +
      'a solution (an HMAC and a replay-guard entry) is not in these figures',
    `population ${fixed(s.populationSeconds, 1)} s; server ready ${fixed(s.serverReadyMs, 0)} ms after spawn`,
    '',
    table(
      ['endpoint', 'req/s', 'SQL/req + bg', 'p50', 'p99', 'avg', 'body B', 'requests', 'failed'],
      rows,
    ),
    s.roundTrips
      ? 'SQL/req: statements (BEGIN and COMMIT included) on the request’s path + those the job ' +
        'runner sends later for it (delivering the message it queued), means of the in-process runs below'
      : 'SQL/req: not measured (the in-process split was skipped)',
    '',
    table(['real / bare', 'req/s ratio', 'p99 ratio'], ratios),
    '',
    `each send: a new transaction for the next individual; each validation: an OTP sent before ` +
      `and read from the development mailbox (${s.preSent} sent and read in ${fixed(s.preSendSeconds, 1)} s, not timed)`,
    `emails still queued after the real server's send rounds: delivered in ${fixed(s.sendBacklogSeconds, 1)} s ` +
      'in all, waited for before the bare server’s turns (not timed)',
    `most OTPs sent to one individual in the run: ${s.maxSendsPerIndividual} (limit ${s.sendLimit} per window)`,
  ]
  if (s.split) {
    const runs = s.split[0]?.runs ?? 0
    lines.push(
      '',
      `in-process, one request at a time, ${runs} runs each, steps taking turns ` +
        `(CPU: this process's, so ${s.database === 'pglite' ? "PGlite's work included" : "PostgreSQL's work not included"}):`,
      table(
        ['step', 'p50', 'p99', 'mean', 'CPU mean', 'SQL', '+ bg'],
        s.split.map((r) => [
          STEP_NAMES[r.step],
          ms(r.p50Ms),
          ms(r.p99Ms),
          ms(r.meanMs),
          ms(r.cpuMeanMs),
          fixed(r.queriesMean, 1),
          fixed(r.backgroundQueriesMean, 1),
        ]),
      ),
      ...splitShares(s.split),
    )
  }
  return lines.join('\n')
}

/**
 * Rows of the summary table: measurement, real and bare req/s, ratio, real and bare p99, ratio,
 * and the SQL round trips per request.
 */
export function otpSummaryRows(sections: OtpSection[]): string[][] {
  return sections.flatMap((s) =>
    s.comparisons.map((c) => [
      ...summaryRow(`${s.database} ${OTP_ENDPOINT_NAMES[c.endpoint]}`, c),
      roundTripText(s.roundTrips?.[c.endpoint]),
    ]),
  )
}
