// An open-model load generator: requests leave at a constant arrival rate whatever the server
// does, as independent residents' requests would. A closed model (autocannon: N connections, each
// waiting for its answer before the next) slows down with the server and hides a stall; here each
// latency counts from the request's *scheduled* time, so a request that had to wait for a free
// moment of a stalled server carries that wait ("coordinated omission" avoided).
import http from 'node:http'
import { percentile } from './stats.ts'

export interface OpenRequest {
  method: 'GET' | 'POST'
  path: string
  body?: string
}

/** One kind of request of a mix, with its share and how to tell a right answer. */
export interface MixEntry {
  name: string
  weight: number
  next(): OpenRequest
  /** True when the answer is a real success (MOSIP answers business errors with 200). */
  verify(status: number, body: string): boolean
}

/**
 * Which entry each request goes to: smooth weighted round-robin (as nginx balances), so the
 * proportions hold within every short stretch rather than only on average, without randomness.
 */
export function weightedOrder(weights: readonly number[]): () => number {
  const total = weights.reduce((a, b) => a + b, 0)
  if (!(total > 0) || weights.some((w) => !(w >= 0))) throw new Error('weights must be ≥ 0')
  const current = weights.map(() => 0)
  return () => {
    let best = 0
    for (let i = 0; i < weights.length; i++) {
      current[i] = (current[i] as number) + (weights[i] as number)
      if ((current[i] as number) > (current[best] as number)) best = i
    }
    current[best] = (current[best] as number) - total
    return best
  }
}

/** When request `i` of a run at `rate` per second is due, in ms after the start. */
export const dueAt = (i: number, rate: number) => (i * 1000) / rate

/** How many requests a run at `rate` per second for `seconds` sends. */
export const plannedCount = (rate: number, seconds: number) => Math.round(rate * seconds)

export interface EntryResult {
  name: string
  requests: number
  /** Answers that were not a verified success, transport errors and timeouts. */
  errors: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export interface OpenResult {
  rate: number
  seconds: number
  requests: number
  /** Answered per second of the run (falls below `rate` when the server cannot keep up). */
  achievedRps: number
  errors: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** The latest the generator sent a request after its due time: large means the client lagged. */
  maxSendLagMs: number
  entries: EntryResult[]
  /** A few error descriptions, for the report's problems. */
  samples: string[]
}

interface Outcome {
  entry: number
  latencyMs: number
  ok: boolean
  detail?: string
}

/** The numbers of a set of outcomes. */
export function summariseOutcomes(
  names: readonly string[],
  outcomes: readonly Outcome[],
  rate: number,
  seconds: number,
  elapsedSeconds: number,
  maxSendLagMs: number,
): OpenResult {
  const stats = (list: readonly Outcome[]) => {
    const latencies = list.map((o) => o.latencyMs)
    return {
      requests: list.length,
      errors: list.filter((o) => !o.ok).length,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
    }
  }
  return {
    rate,
    seconds,
    ...stats(outcomes),
    achievedRps: elapsedSeconds > 0 ? outcomes.length / elapsedSeconds : 0,
    maxSendLagMs,
    entries: names.map((name, i) => ({ name, ...stats(outcomes.filter((o) => o.entry === i)) })),
    samples: [
      ...new Set(outcomes.filter((o) => !o.ok).map((o) => `${names[o.entry]}: ${o.detail}`)),
    ].slice(0, 5),
  }
}

const TIMEOUT_MS = 10_000

/** The first MOSIP error code of an answer, to name a failure briefly. */
const errorCodeIn = (body: string) => /"errorCode":"([^"]+)"/.exec(body)?.[1]

/** Sends one request; resolves with the status and body, or rejects on a transport error. */
function send(agent: http.Agent, baseUrl: URL, request: OpenRequest) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: baseUrl.hostname,
        port: baseUrl.port,
        method: request.method,
        path: request.path,
        headers: request.body
          ? {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(request.body),
            }
          : {},
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms`)))
    req.on('error', reject)
    req.end(request.body)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends `rate` requests per second for `seconds` to `baseUrl`, spread over `mix` by weight, and
 * waits for every answer. Keep-alive sockets are reused; a new one opens whenever all are busy,
 * so a slow answer never holds back the next send.
 */
export async function runOpenLoad(
  baseUrl: string,
  mix: readonly MixEntry[],
  rate: number,
  seconds: number,
): Promise<OpenResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY })
  const url = new URL(baseUrl)
  const order = weightedOrder(mix.map((m) => m.weight))
  const total = plannedCount(rate, seconds)
  const outcomes: Outcome[] = []
  const inFlight: Promise<void>[] = []
  let maxSendLagMs = 0
  const start = performance.now()
  try {
    for (let i = 0; i < total; i++) {
      const due = start + dueAt(i, rate)
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - due)
      const entry = order()
      const m = mix[entry] as MixEntry
      inFlight.push(
        send(agent, url, m.next()).then(
          ({ status, body }) => {
            const ok = m.verify(status, body)
            outcomes.push({
              entry,
              latencyMs: performance.now() - due,
              ok,
              ...(ok ? {} : { detail: `${status} ${errorCodeIn(body) ?? body.slice(0, 160)}` }),
            })
          },
          (error: Error) => {
            outcomes.push({
              entry,
              latencyMs: performance.now() - due,
              ok: false,
              detail: error.message,
            })
          },
        ),
      )
    }
    await Promise.all(inFlight)
  } finally {
    agent.destroy()
  }
  const elapsed = (performance.now() - start) / 1000
  return summariseOutcomes(
    mix.map((m) => m.name),
    outcomes,
    rate,
    seconds,
    elapsed,
    maxSendLagMs,
  )
}
