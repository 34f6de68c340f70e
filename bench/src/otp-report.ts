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
  /** The most OTPs one individual was sent during the run, and the limit per window. */
  maxSendsPerIndividual: number
  sendLimit: number
  split: SplitRow[] | undefined
}

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
  'send-notifier': 'send: notifier (render, mailbox row)',
  'send-ida': 'send: IDA sendOtp (with notifier)',
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
    `send p50: notifier ${ms(p50('send-notifier'))}, ` +
      `rest of IDA (lookups, limit, OTP row) ${ms(p50('send-ida') - p50('send-notifier'))}, ` +
      `resident service (event, audit) and Fastify ${ms(p50('send-inject') - p50('send-ida'))}, ` +
      `HTTP and TCP ${ms(p50('send-http') - p50('send-inject'))}`,
    `validate p50: IDA ${ms(p50('validate-ida'))}, ` +
      `resident service (event, audit, notification) and Fastify ${ms(p50('validate-inject') - p50('validate-ida'))}, ` +
      `HTTP and TCP ${ms(p50('validate-http') - p50('validate-inject'))}`,
  ]
}

export function formatOtpSection(s: OtpSection): string {
  const rows = s.comparisons.flatMap((c) => [
    resultRow(`${OTP_ENDPOINT_NAMES[c.endpoint]} (real)`, c.real, c.bodyBytes, c.real.requests),
    resultRow(`${OTP_ENDPOINT_NAMES[c.endpoint]} (bare)`, c.bare, c.bodyBytes, c.bare.requests),
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
    table(['endpoint', 'req/s', 'p50', 'p99', 'avg', 'body B', 'requests', 'failed'], rows),
    '',
    table(['real / bare', 'req/s ratio', 'p99 ratio'], ratios),
    '',
    `each send: a new transaction for the next individual; each validation: an OTP sent before ` +
      `and read from the development mailbox (${s.preSent} sent and read in ${fixed(s.preSendSeconds, 1)} s, not timed)`,
    `most OTPs sent to one individual in the run: ${s.maxSendsPerIndividual} (limit ${s.sendLimit} per window)`,
  ]
  if (s.split) {
    const runs = s.split[0]?.runs ?? 0
    lines.push(
      '',
      `in-process, one request at a time, ${runs} runs each, steps taking turns ` +
        `(CPU: this process's, so ${s.database === 'pglite' ? "PGlite's work included" : "PostgreSQL's work not included"}):`,
      table(
        ['step', 'p50', 'p99', 'mean', 'CPU mean'],
        s.split.map((r) => [
          STEP_NAMES[r.step],
          ms(r.p50Ms),
          ms(r.p99Ms),
          ms(r.meanMs),
          ms(r.cpuMeanMs),
        ]),
      ),
      ...splitShares(s.split),
    )
  }
  return lines.join('\n')
}

/** Rows of the summary table: measurement, real and bare req/s, ratio, real and bare p99, ratio. */
export function otpSummaryRows(sections: OtpSection[]): string[][] {
  return sections.flatMap((s) =>
    s.comparisons.map((c) => summaryRow(`${s.database} ${OTP_ENDPOINT_NAMES[c.endpoint]}`, c)),
  )
}
