// OTP send and validate throughput: the real server (its own process, over HTTP) against bare
// Fastify answering the same bodies, on PGlite or a fresh PostgreSQL database, then the
// in-process split of one request's time and its SQL round trips.
import path from 'node:path'
import {
  type DatabaseHandle,
  DEMO_SEED,
  loadConfig,
  openPGlite,
  openPostgres,
  prepareDatabase,
} from '@resident/server'
import { embeddedTables, seedDemoCountry } from '@resident/server/demo'
import type { LoadOptions } from './load.ts'
import { addBenchIdentities, type OtpIndividual, otpIndividuals } from './otp-identities.ts'
import { type MeasuredOtp, measureOtp } from './otp-load.ts'
import { type OtpSection, roundTripsOf } from './otp-report.ts'
import { transactionIds } from './otp-requests.ts'
import { measureOtpSplit } from './otp-split.ts'
import { createDatabase } from './population.ts'
import { type CountedDatabase, countedPGlite, countedPostgres } from './query-count.ts'
import { startResidentServer } from './server-process.ts'

/** Centres of the demo country the OTP runs seed (the demo's default: OTPs do not read them). */
const CENTRES = 100
const IDENTITY_SEED = 4
const PG_DATABASE = 'resident_bench_otp'
/** The most OTPs per individual and window the configuration accepts. */
const SEND_LIMIT = 100

/**
 * What the benchmark changes in the server's configuration: no captcha (its cost is the
 * client's), per-IP and per-individual limits out of the way of one client sending thousands,
 * and OTPs valid long enough to be sent first and validated later.
 */
export const OTP_SETTINGS: Record<string, string> = {
  CAPTCHA_REQUIRED: 'false',
  IP_LIMIT_REQUESTS: '1000000',
  IP_LIMIT_WINDOW_SECONDS: '600',
  OTP_MAX_SENDS: String(SEND_LIMIT),
  OTP_MAX_SENDS_PER_DAY: '1000',
  OTP_SEND_WINDOW_SECONDS: '600',
  OTP_TTL_SECONDS: '600',
}

export interface OtpOptions {
  load: LoadOptions
  /** Identities added to the demo registry. */
  identities: number
  /** In-process runs per step; 0 skips the split (and the SQL round-trip count). */
  splitRuns: number
  log(line: string): void
}

async function populate(
  open: () => Promise<DatabaseHandle>,
  identities: number,
): Promise<{ individuals: OtpIndividual[]; seconds: number }> {
  const started = performance.now()
  const handle = await open()
  try {
    await prepareDatabase(handle.db)
    await seedDemoCountry(embeddedTables(handle.db), { seed: DEMO_SEED, centres: CENTRES })
    await addBenchIdentities(handle.db, identities, IDENTITY_SEED)
    const individuals = await otpIndividuals(handle.db)
    return { individuals, seconds: (performance.now() - started) / 1000 }
  } finally {
    await handle.close()
  }
}

/** The whole OTP section on one database: populate, load over HTTP, split in-process. */
async function otpSection(
  database: OtpSection['database'],
  db: {
    open: () => Promise<DatabaseHandle>
    /** The same database with its statements counted, for the in-process split. */
    openCounted: () => Promise<CountedDatabase>
    dataDir: string
    url: string | undefined
  },
  scratch: string,
  options: OtpOptions,
  problems: string[],
): Promise<OtpSection> {
  const { log } = options
  log(`OTP on ${database}: seeding the demo country and ${options.identities} more identities…`)
  const { individuals, seconds } = await populate(db.open, options.identities)
  log(`  ${individuals.length} individuals in ${seconds.toFixed(1)} s; starting the server`)
  const real = await startResidentServer({
    dataDir: db.dataDir,
    databaseUrl: db.url,
    centres: CENTRES,
    env: OTP_SETTINGS,
  })
  let measured: MeasuredOtp
  try {
    measured = await measureOtp(
      database,
      real,
      individuals,
      options,
      path.join(scratch, `bare-otp-${database}`),
      problems,
    )
  } finally {
    await real.stop()
  }
  let sent = measured.sent
  let split: OtpSection['split']
  if (options.splitRuns > 0) {
    log(`  in-process split: ${options.splitRuns} runs per step…`)
    const config = loadConfig({
      ...OTP_SETTINGS,
      LOG_LEVEL: 'warn',
      DATA_DIR: db.dataDir,
      PORTAL_DIR: path.join(scratch, 'no-portal'),
      // The split runs the job runner itself, after each request, to count its statements apart.
      WORKERS: 'false',
      ...(db.url ? { DATABASE_URL: db.url } : {}),
    })
    const database = await db.openCounted()
    try {
      const result = await measureOtpSplit({
        database,
        config,
        individuals,
        offset: sent,
        runs: options.splitRuns,
        nextTransactionId: transactionIds(),
      })
      split = result.rows
      sent += result.sent
    } finally {
      await database.handle.close()
    }
  }
  // Every rotation continues where the last stopped, so sends spread evenly.
  const maxSendsPerIndividual = Math.ceil(sent / individuals.length)
  if (maxSendsPerIndividual > SEND_LIMIT) {
    problems.push(
      `${database} OTP: up to ${maxSendsPerIndividual} OTPs per individual, over the limit of ${SEND_LIMIT}: raise BENCH_OTP_IDENTITIES`,
    )
  }
  return {
    database,
    populationSeconds: seconds,
    split,
    individuals: individuals.length,
    addedIdentities: options.identities,
    settings: OTP_SETTINGS,
    serverReadyMs: real.readyMs,
    comparisons: measured.comparisons,
    roundTrips: roundTripsOf(split),
    preSent: measured.preSent,
    preSendSeconds: measured.preSendSeconds,
    sendBacklogSeconds: measured.sendBacklogSeconds,
    maxSendsPerIndividual,
    sendLimit: SEND_LIMIT,
  }
}

export function otpPGliteSection(scratch: string, options: OtpOptions, problems: string[]) {
  const dataDir = path.join(scratch, 'otp-pglite-data')
  const dir = path.join(dataDir, 'pglite')
  const open = () => openPGlite(dir)
  const openCounted = () => countedPGlite(dir)
  return otpSection(
    'pglite',
    { open, openCounted, dataDir, url: undefined },
    scratch,
    options,
    problems,
  )
}

export async function otpPostgresSection(
  adminUrl: string,
  scratch: string,
  options: OtpOptions,
  problems: string[],
): Promise<OtpSection> {
  options.log(`OTP on postgres: creating ${PG_DATABASE}…`)
  const fresh = await createDatabase(adminUrl, PG_DATABASE)
  try {
    const open = async () => openPostgres(fresh.url)
    const openCounted = async () => countedPostgres(fresh.url)
    const dataDir = path.join(scratch, 'otp-postgres-data')
    return await otpSection(
      'postgres',
      { open, openCounted, dataDir, url: fresh.url },
      scratch,
      options,
      problems,
    )
  } finally {
    await fresh.drop()
  }
}
