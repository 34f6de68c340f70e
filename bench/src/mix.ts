// The public traffic mix under an open model (`BENCH_ONLY=mix`, PostgreSQL only): one server
// process over a fresh database with 10,000 centres and bench identities, loaded at 100 req/s for
// 60 s, then in shorter steps at higher rates until p99 reaches 50 ms or errors appear.
import { type DatabaseHandle, DEMO_SEED, openPostgres, prepareDatabase } from '@resident/server'
import { embeddedTables, seedDemoCountry } from '@resident/server/demo'
import { type MixEntry, type OpenResult, runOpenLoad } from './open-load.ts'
import { OTP_SETTINGS } from './otp-bench.ts'
import { addBenchIdentities, type OtpIndividual, otpIndividuals } from './otp-identities.ts'
import { preSendOtps } from './otp-pool.ts'
import {
  isOtpSent,
  isOtpValidated,
  type OtpTicket,
  SEND_PATH,
  sendBody,
  transactionIds,
  VALIDATE_PATH,
  validateBody,
} from './otp-requests.ts'
import { createDatabase, SEARCH_LEVEL } from './population.ts'
import { startResidentServer } from './server-process.ts'
import { findTargets } from './targets.ts'

const CENTRES = 10_000
const IDENTITY_SEED = 4
const PG_DATABASE = 'resident_bench_mix'
export const P99_TARGET_MS = 50

/**
 * Shares of the public (not logged-in) traffic, per 100 requests. MOSIP's public resident traffic
 * is mostly residents finding a registration centre and what to bring, and checking where their
 * application is: centre search 30, nearby centres 16, required documents 15, AID status 25.
 * OTP sends and validates come in pairs (a resident asks for a code, then types it): 7 each.
 * Card downloads (rare: once per resident, after the card is ready) are not in this mix yet: they
 * need card-ready identities and codes sent for Get my UIN, which the bench population lacks.
 */
export const MIX_WEIGHTS = {
  'centre search': 30,
  'nearby centres': 16,
  documents: 15,
  'AID status': 25,
  'OTP send': 7,
  'OTP validate': 7,
} as const

export interface MixPlan {
  /** The sustained run: 100 req/s for 60 s. */
  rate: number
  seconds: number
  /** Then these rates, `stepSeconds` each, while p99 stays under the target without errors. */
  steps: number[]
  stepSeconds: number
  /**
   * False leaves OTP validation out (BENCH_MIX_VALIDATE=false): for when codes cannot be read
   * back from the development mailbox. The report then says so.
   */
  validate: boolean
}

export interface MixSection {
  database: 'postgres'
  weights: Record<string, number>
  sustained: OpenResult
  steps: OpenResult[]
  /** The highest rate measured with p99 < 50 ms and no error (NaN when none). */
  bestRate: number
  serverReadyMs: number
}

/** Whether a run met the target: p99 under 50 ms, no error, and it kept up with the rate. */
export const meetsTarget = (r: OpenResult) =>
  r.errors === 0 && r.p99Ms < P99_TARGET_MS && r.achievedRps >= r.rate * 0.97

/** The highest rate among `runs` meeting the target; NaN when none does. */
export function bestRate(runs: readonly OpenResult[]): number {
  const good = runs.filter(meetsTarget).map((r) => r.rate)
  return good.length ? Math.max(...good) : Number.NaN
}

/** Validates needed at most by the plan (every step run), plus a margin. */
export function ticketsNeeded(plan: MixPlan): number {
  const requests =
    plan.rate * plan.seconds + plan.steps.reduce((a, r) => a + r * plan.stepSeconds, 0)
  const weights: number[] = Object.values(MIX_WEIGHTS)
  const share = MIX_WEIGHTS['OTP validate'] / weights.reduce((a, b) => a + b, 0)
  return Math.ceil(requests * share * 1.05) + 10
}

/** A 200 MOSIP envelope with no errors. */
export function envelopeOk(status: number, body: string): boolean {
  if (status !== 200) return false
  try {
    const json = JSON.parse(body) as { errors?: unknown[] | null; response?: unknown }
    return (!json.errors || json.errors.length === 0) && json.response != null
  } catch {
    return false
  }
}

const rotate = <T>(items: readonly T[]) => {
  let i = 0
  return () => items[i++ % items.length] as T
}

const get = (paths: readonly string[]) => {
  const next = rotate(paths)
  return () => ({ method: 'GET' as const, path: next() })
}

async function populate(handle: DatabaseHandle, identities: number) {
  await prepareDatabase(handle.db)
  await seedDemoCountry(embeddedTables(handle.db), { seed: DEMO_SEED, centres: CENTRES })
  await addBenchIdentities(handle.db, identities, IDENTITY_SEED)
  const locations = await handle.db
    .selectFrom('md_location')
    .select('name')
    .where('lang_code', '=', 'eng')
    .where('level', '=', SEARCH_LEVEL)
    .orderBy('code')
    .limit(500)
    .execute()
  // Applications whose resident is active, or not issued yet: the others answer an error.
  const aids = await embeddedTables(handle.db)
    .selectFrom('idr_application as a')
    .leftJoin('idr_identity as i', 'i.uin', 'a.uin')
    .select('a.aid')
    .where((eb) => eb.or([eb('a.uin', 'is', null), eb('i.status', '=', 'ACTIVATED')]))
    .orderBy('a.aid')
    .limit(200)
    .execute()
  return {
    individuals: await otpIndividuals(handle.db),
    locationNames: locations.map((r) => r.name),
    aids: aids.map((r) => r.aid),
  }
}

function mixOf(
  targets: Awaited<ReturnType<typeof findTargets>>,
  aids: string[],
  senders: OtpIndividual[],
  tickets: OtpTicket[],
): MixEntry[] {
  const nextTransaction = transactionIds()
  const nextSender = rotate(senders)
  let ticket = 0
  const entry = (
    name: keyof typeof MIX_WEIGHTS,
    next: MixEntry['next'],
    verify: MixEntry['verify'] = envelopeOk,
  ): MixEntry => ({ name, weight: MIX_WEIGHTS[name], next, verify })
  return [
    entry('centre search', get(targets.searchPaths)),
    entry('nearby centres', get(targets.nearbyPaths)),
    entry('documents', get(['/resident/v1/proxy/masterdata/validdocuments/eng'])),
    entry('AID status', get(aids.map((aid) => `/resident/v1/aid-stage/${aid}`))),
    entry(
      'OTP send',
      () => ({
        method: 'POST',
        path: SEND_PATH,
        body: sendBody(nextSender().individualId, nextTransaction()),
      }),
      (status, body) => status === 200 && isOtpSent(body),
    ),
    entry(
      'OTP validate',
      () => {
        const t = tickets[ticket++]
        if (!t) throw new Error('the mix ran out of pre-sent OTPs')
        return { method: 'POST', path: VALIDATE_PATH, body: validateBody(t) }
      },
      (status, body) => status === 200 && isOtpValidated(body),
    ),
  ]
}

/** The whole mix part on a fresh PostgreSQL database. */
export async function mixSection(
  adminUrl: string,
  scratch: string,
  plan: MixPlan,
  log: (line: string) => void,
): Promise<MixSection> {
  // The warm-up's 10 s validate too.
  const needed = plan.validate ? ticketsNeeded({ ...plan, seconds: plan.seconds + 10 }) : 0
  // Codes to validate and individuals to send to are kept apart: a new code never replaces one
  // waiting to be validated.
  const identities = Math.max(4000, 2 * needed + 200)
  log(`mix: seeding ${CENTRES} centres and ${identities} identities on PostgreSQL…`)
  const fresh = await createDatabase(adminUrl, PG_DATABASE)
  try {
    const handle = openPostgres(fresh.url, 4)
    let population: Awaited<ReturnType<typeof populate>>
    try {
      population = await populate(handle, identities)
    } finally {
      await handle.close()
    }
    const { individuals, locationNames, aids } = population
    if (aids.length === 0) throw new Error('the demo country has no application to ask about')
    const real = await startResidentServer({
      dataDir: `${scratch}/mix-data`,
      databaseUrl: fresh.url,
      centres: CENTRES,
      env: OTP_SETTINGS,
    })
    try {
      const targets = await findTargets(real.baseUrl, locationNames)
      const half = Math.floor(individuals.length / 2)
      log(`  pre-sending ${needed} OTPs to validate during the mix…`)
      const tickets =
        needed === 0
          ? []
          : await preSendOtps({
              baseUrl: real.baseUrl,
              individuals: individuals.slice(0, half),
              offset: 0,
              count: needed,
              connections: 8,
              nextTransactionId: transactionIds(),
            })
      const mix = mixOf(targets, aids, individuals.slice(half), tickets).filter(
        (m) => plan.validate || m.name !== 'OTP validate',
      )
      // Unmeasured: the server compiles its route schemas and fills its caches on first use.
      log(`  warm-up: ${plan.rate} req/s for 10 s (not measured)…`)
      await runOpenLoad(real.baseUrl, mix, plan.rate, 10)
      log(`  ${plan.rate} req/s for ${plan.seconds} s…`)
      const sustained = await runOpenLoad(real.baseUrl, mix, plan.rate, plan.seconds)
      log(`  p50 ${sustained.p50Ms.toFixed(1)} ms, p99 ${sustained.p99Ms.toFixed(1)} ms`)
      const steps: OpenResult[] = []
      for (const rate of plan.steps) {
        log(`  step: ${rate} req/s for ${plan.stepSeconds} s…`)
        const step = await runOpenLoad(real.baseUrl, mix, rate, plan.stepSeconds)
        steps.push(step)
        log(
          `  p50 ${step.p50Ms.toFixed(1)} ms, p99 ${step.p99Ms.toFixed(1)} ms, errors ${step.errors}`,
        )
        if (!meetsTarget(step)) break
      }
      return {
        database: 'postgres',
        weights: Object.fromEntries(mix.map((m) => [m.name, m.weight])),
        sustained,
        steps,
        bestRate: bestRate([sustained, ...steps]),
        serverReadyMs: real.readyMs,
      }
    } finally {
      await real.stop()
    }
  } finally {
    await fresh.drop()
  }
}
