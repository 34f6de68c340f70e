/**
 * Sends `runs` generated requests through `app.inject()` and judges every answer. Plans come
 * from fast-check in chunks, each chunk seeded from the run's seed and its position, so a seed
 * replays the same requests; every violation is collected (not only the first), grouped by
 * route and problem, so one run reports every bug it met.
 */
import zlib from 'node:zlib'
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import { FEATURED_RESIDENTS } from '../../src/platform/embedded/identity/featured.ts'
import type { FuzzOperation } from './operations.ts'
import { type Answer, firstCode, problemOf } from './oracle.ts'
import { planArbitrary } from './plans.ts'
import { materialize } from './request.ts'

export interface Failure {
  route: string
  label: string
  problem: string
  request: string
  answer: string
}

export interface FuzzReport {
  sent: number
  ms: number
  statuses: Record<string, number>
  /** First error code of each answer (`ok` without one), for seeing where requests stop. */
  codes: Record<string, number>
  /** Requests and milliseconds per route: where the run's time goes. */
  routes: Record<string, { count: number; ms: number }>
  /** Up to three examples per route and problem. */
  failures: Failure[]
  failureCount: number
}

export interface FuzzOptions {
  seed: number
  runs: number
  /** UINs, VIDs and AIDs the fuzzer may put in id fields (spend their OTP budgets, lock…). */
  ids: readonly string[]
  weight?: (op: FuzzOperation) => number
  /** Called after each chunk (the benchmark prints progress). */
  onChunk?: (report: FuzzReport) => void
}

const CHUNK = 200

/**
 * How often a route is picked, relative to the others. A route without parameters or body
 * (captcha challenge, UI properties, card keys…) has only headers, method and URL to vary;
 * a download renders a PDF for every request that gets through, which costs ten times a
 * refusal. Both get fewer requests, so the run's time goes where inputs are.
 */
export function routeWeight(op: FuzzOperation): number {
  if (op.parameters.length === 0 && !op.body) return 1
  return op.pdf ? 1 : 3
}

/** Every demo identity except those in `spare`, which a follow-up check needs untouched. */
export function demoIds(spare: readonly string[] = []): string[] {
  return FEATURED_RESIDENTS.filter((r) => !spare.includes(r.role)).flatMap((r) =>
    [r.uin, r.vid?.vid, ...r.otherVids.map((v) => v.vid), r.application.aid].filter(
      (id): id is string => typeof id === 'string',
    ),
  )
}

function decoded(raw: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return zlib.gunzipSync(raw)
  if (encoding === 'br') return zlib.brotliDecompressSync(raw)
  if (encoding === 'deflate') return zlib.inflateSync(raw)
  return raw
}

const clip = (text: string, n = 240) =>
  JSON.stringify(text.length > n ? `${text.slice(0, n)}…(${text.length})` : text)

export async function runFuzz(
  app: FastifyInstance,
  ops: readonly FuzzOperation[],
  options: FuzzOptions,
): Promise<FuzzReport> {
  const started = performance.now()
  const report: FuzzReport = {
    sent: 0,
    ms: 0,
    statuses: {},
    codes: {},
    routes: {},
    failures: [],
    failureCount: 0,
  }
  const seen = new Map<string, number>()
  const plans = planArbitrary(ops, options.ids, options.weight)
  while (report.sent < options.runs) {
    const n = Math.min(CHUNK, options.runs - report.sent)
    for (const plan of fc.sample(plans, { seed: options.seed + report.sent, numRuns: n })) {
      const op = ops[plan.op] as FuzzOperation
      const req = materialize(ops, plan, report.sent)
      report.sent++
      let problem: string | null
      let answer: Answer | undefined
      const route = report.routes[op.key] ?? { count: 0, ms: 0 }
      report.routes[op.key] = route
      const t0 = performance.now()
      try {
        const res = await app.inject(req.options)
        route.count++
        route.ms += performance.now() - t0
        answer = {
          status: res.statusCode,
          contentType: String(res.headers['content-type'] ?? ''),
          raw: decoded(res.rawPayload, res.headers['content-encoding'] as string | undefined),
        }
        problem = problemOf(op, req, answer)
        report.statuses[res.statusCode] = (report.statuses[res.statusCode] ?? 0) + 1
        let code = 'ok'
        if (req.options.method === 'HEAD') code = 'HEAD'
        else if (answer.contentType.startsWith('application/json')) {
          try {
            code = firstCode(JSON.parse(answer.raw.toString('utf8'))) ?? 'ok'
          } catch {
            code = 'invalid JSON'
          }
        }
        report.codes[code] = (report.codes[code] ?? 0) + 1
      } catch (error) {
        problem = `threw ${(error as Error).message}`
      }
      if (problem === null) continue
      report.failureCount++
      const group = `${op.key} ${problem}`
      const count = seen.get(group) ?? 0
      seen.set(group, count + 1)
      if (count >= 3) continue
      report.failures.push({
        route: op.key,
        label: req.label,
        problem,
        request: `${req.options.method} ${clip(req.options.url)} ${JSON.stringify(req.options.headers)} ${clip(String(req.options.payload ?? ''))}`,
        answer: answer ? `${answer.status} ${clip(answer.raw.toString('utf8'), 400)}` : '',
      })
    }
    report.ms = performance.now() - started
    options.onChunk?.(report)
  }
  report.ms = performance.now() - started
  return report
}
