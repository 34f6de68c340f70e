// Load measurements with autocannon, and the checks that make sure we measure real answers.
import autocannon, { type RawRequest } from 'autocannon'
import { mean, percentile } from './stats.ts'

export interface LoadResult {
  name: string
  /** Distinct URLs rotated through. */
  urls: number
  seconds: number
  connections: number
  requests: number
  rps: number
  latencyAvgMs: number
  p50Ms: number
  p99Ms: number
  /** Bytes per response on average (body and headers). */
  bytesPerResponse: number
  non2xx: number
  errors: number
  timeouts: number
  /** 2xx answers whose body was not the expected one (MOSIP answers business errors with 200). */
  mismatches: number
}

export interface Answer {
  status: number
  body: Buffer
  json: unknown
}

/** GET `url` once and parse the answer as JSON. */
export async function getJson(url: string): Promise<Answer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  const body = Buffer.from(await response.arrayBuffer())
  let json: unknown
  try {
    json = JSON.parse(body.toString('utf8'))
  } catch {
    json = undefined
  }
  return { status: response.status, body, json }
}

export interface CentreLike {
  id: string
  latitude: string
  longitude: string
}

interface Envelope {
  errors?: unknown[] | null
  response?: { registrationCenters?: CentreLike[]; data?: CentreLike[]; totalItems?: number }
}

/**
 * The centres in a MOSIP envelope (`registrationCenters` or a page's `data`); throws with the
 * reason when the answer is not a 200 envelope without errors.
 */
export function centresOf(url: string, answer: Answer): CentreLike[] {
  const envelope = answer.json as Envelope | undefined
  const preview = answer.body.toString('utf8').slice(0, 300)
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}: ${preview}`)
  if (!envelope || typeof envelope !== 'object') throw new Error(`${url}: not JSON: ${preview}`)
  if (envelope.errors && envelope.errors.length > 0) {
    throw new Error(`${url} answered errors: ${JSON.stringify(envelope.errors)}`)
  }
  const centres = envelope.response?.registrationCenters ?? envelope.response?.data
  if (!Array.isArray(centres)) throw new Error(`${url}: no centre list in ${preview}`)
  return centres
}

/** Fetches each path and fails loudly unless every one answers 200 with at least one centre. */
export async function verifyNonEmpty(baseUrl: string, paths: string[]): Promise<Answer[]> {
  const answers: Answer[] = []
  for (const p of paths) {
    const answer = await getJson(baseUrl + p)
    if (centresOf(baseUrl + p, answer).length === 0) {
      throw new Error(`${baseUrl + p} answered no centres: the benchmark would measure nothing`)
    }
    answers.push(answer)
  }
  return answers
}

export interface LoadOptions {
  /** Seconds of load per server, split into `rounds` slices. */
  seconds: number
  rounds: number
  connections: number
  warmupSeconds: number
}

/** What a load run sends: the next request each time, and how to tell a right answer. */
export interface Workload {
  /** Distinct requests rotated through (reported as "URLs"). */
  variety: number
  /** Called once per request sent, from any connection. */
  next(): RawRequest
  /** True when a 2xx body is the expected answer; others count as mismatches. */
  verify?: (body: string) => boolean
}

/** GET requests rotating through `paths`: consecutive requests ask for different URLs. */
export function getWorkload(paths: string[]): Workload {
  let next = 0
  return {
    variety: paths.length,
    next: () => ({ method: 'GET', path: paths[next++ % paths.length] }),
  }
}

/** How long a slice runs: for some seconds, or until `amount` requests are answered. */
export type SliceLimit = { seconds: number } | { amount: number }

function run(
  baseUrl: string,
  workload: Workload,
  connections: number,
  limit: SliceLimit,
  onMismatch = () => {},
) {
  const verify = workload.verify
  return autocannon({
    url: baseUrl,
    connections,
    ...('amount' in limit ? { amount: limit.amount } : { duration: limit.seconds }),
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...workload.next() }),
        ...(verify
          ? {
              onResponse: (status: number, body: string) => {
                if (status >= 200 && status < 300 && !verify(body)) onMismatch()
              },
            }
          : {}),
      },
    ],
  })
}

export interface Tally {
  latencies: number[]
  seconds: number
  requests: number
  bytes: number
  non2xx: number
  errors: number
  timeouts: number
  mismatches: number
}

export const emptyTally = (): Tally => ({
  latencies: [],
  seconds: 0,
  requests: 0,
  bytes: 0,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  mismatches: 0,
})

/** One load slice, added to `tally`; resolves with the slice's seconds. */
export async function slice(
  tally: Tally,
  baseUrl: string,
  workload: Workload,
  connections: number,
  limit: SliceLimit,
): Promise<number> {
  // autocannon's histogram keeps whole milliseconds; a bare server answers in about one, so the
  // percentiles are computed here from every response's exact latency.
  const instance = run(baseUrl, workload, connections, limit, () => {
    tally.mismatches += 1
  })
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    tally.latencies.push(responseTime)
  })
  const r = await instance
  tally.seconds += r.duration
  tally.requests += r.requests.total
  tally.bytes += r.throughput.total
  tally.non2xx += r.non2xx
  tally.errors += r.errors
  tally.timeouts += r.timeouts
  return r.duration
}

/** Warm-up traffic, not measured. */
export async function warmUp(
  baseUrl: string,
  workload: Workload,
  connections: number,
  limit: SliceLimit,
): Promise<void> {
  await run(baseUrl, workload, connections, limit)
}

export function summarise(
  name: string,
  variety: number,
  connections: number,
  t: Tally,
): LoadResult {
  return {
    name,
    urls: variety,
    seconds: t.seconds,
    connections,
    requests: t.requests,
    rps: t.seconds > 0 ? t.requests / t.seconds : 0,
    latencyAvgMs: mean(t.latencies),
    p50Ms: percentile(t.latencies, 0.5),
    p99Ms: percentile(t.latencies, 0.99),
    bytesPerResponse: t.requests > 0 ? t.bytes / t.requests : 0,
    non2xx: t.non2xx,
    errors: t.errors,
    timeouts: t.timeouts,
    mismatches: t.mismatches,
  }
}

/**
 * Loads the same workload on the real and the bare server: a warm-up on each, then `rounds`
 * alternating slices adding up to `seconds` per server, so a neighbour's burst of work on a
 * shared machine falls on both sides rather than skewing the ratio.
 */
export async function measurePair(
  name: string,
  realUrl: string,
  bareUrl: string,
  workload: Workload,
  options: LoadOptions,
  /** The bare server's own workload, when the real one counts what it sent. */
  bareWorkload: Workload = workload,
  /**
   * Waits, untimed, after each load on the real server: until the background work it left
   * (queued messages) is done, so that work does not run during the bare server's turn.
   */
  afterReal: () => Promise<void> = async () => {},
): Promise<{ real: LoadResult; bare: LoadResult }> {
  if (workload.variety === 0) throw new Error(`${name}: nothing to request`)
  const { connections, warmupSeconds, rounds } = options
  if (warmupSeconds > 0) {
    await warmUp(realUrl, workload, connections, { seconds: warmupSeconds })
    await afterReal()
    await warmUp(bareUrl, bareWorkload, connections, { seconds: warmupSeconds })
  }
  const real = emptyTally()
  const bare = emptyTally()
  const each = options.seconds / rounds
  for (let i = 0; i < rounds; i++) {
    await slice(real, realUrl, workload, connections, { seconds: each })
    await afterReal()
    await slice(bare, bareUrl, bareWorkload, connections, { seconds: each })
  }
  return {
    real: summarise(`${name} real`, workload.variety, connections, real),
    bare: summarise(`${name} bare`, workload.variety, connections, bare),
  }
}
