// `npm run bench`: seeds 10,000 centres, loads the real server and a bare Fastify baseline in the
// same run (PGlite, and PostgreSQL when DATABASE_URL is set), does the same for OTP send and
// validate, times `npm start`, weighs the portal, prints the report and saves it as JSON in
// bench/results/, and runs the fuzzer longer than its test (FUZZ_RUNS). `--only otp` (or
// BENCH_ONLY=otp) runs one part; see parts.ts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MASTERDATA_ROUTES, NEARBY_ROUTE, SEARCH_ROUTE, startBareServer } from './bare-server.ts'
import { runFuzzBench } from './fuzz-bench.ts'
import { lighthouseFromEnv } from './lighthouse.ts'
import { formatLighthouse, formatPageWeights, lighthouseProblems } from './lighthouse-report.ts'
import { getWorkload, type LoadOptions, measurePair } from './load.ts'
import { mixSection } from './mix.ts'
import { formatMix, mixProblems } from './mix-report.ts'
import { type OtpOptions, otpPGliteSection, otpPostgresSection } from './otp-bench.ts'
import { formatOtpSection, OTP_ENDPOINT_NAMES, roundTripText } from './otp-report.ts'
import { selectedParts } from './parts.ts'
import { formatPdfTimes, measurePdfTimes } from './pdf-timing.ts'
import { type Seeded, seedPGlite, seedPostgres } from './population.ts'
import {
  ensurePortalBuilt,
  measurePageWeights,
  measurePortalWeight,
  PORTAL_PAGES,
} from './portal-weight.ts'
import {
  compare,
  type DatabaseSection,
  formatPortal,
  formatSection,
  formatStartTimes,
  formatSummary,
  loadProblems,
  type PathRow,
  type Report,
  saveReport,
} from './report.ts'
import {
  checkBothRunning,
  killAllNow,
  type RunningServer,
  repoRoot,
  startResidentServer,
  stopAll,
} from './server-process.ts'
import { measureStartTimes } from './start-time.ts'
import { findTargets, masterdataTargets } from './targets.ts'

const CENTRES = 10_000
const SEED = 1
const START_RUNS = 3
const PG_DATABASE = 'resident_bench'
/** Lazy chunks the first page (landing page, English) loads at once. */
const FIRST_PAGE_CHUNKS = ['Home', 'eng']

function positive(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`)
  return value
}

/** A whole number ≥ 0 (0 turns a part off). */
function count(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`)
  return value
}

const load: LoadOptions = {
  seconds: positive('BENCH_SECONDS', 10),
  connections: Math.round(positive('BENCH_CONNECTIONS', 10)),
  rounds: Math.round(positive('BENCH_ROUNDS', 2)),
  warmupSeconds: 1,
}

const log = (line: string) => console.log(line)

const otpOptions: OtpOptions = {
  load,
  identities: Math.round(positive('BENCH_OTP_IDENTITIES', 5000)),
  splitRuns: count('BENCH_OTP_SPLIT_RUNS', 200),
  log,
}
/** The open-model mix: 100 req/s for 60 s, then steps up (BENCH_MIX_* to change). */
const mixPlan = {
  rate: positive('BENCH_MIX_RATE', 100),
  seconds: positive('BENCH_MIX_SECONDS', 60),
  steps: (process.env.BENCH_MIX_STEPS ?? '150,200,300,400,600').split(',').map(Number),
  stepSeconds: positive('BENCH_MIX_STEP_SECONDS', 15),
  validate: process.env.BENCH_MIX_VALIDATE !== 'false',
}
const secondsSince = (t: number) => ((performance.now() - t) / 1000).toFixed(1)

/** Loads the real server at `real` against a bare server serving its captured answers. */
async function measureDatabase(
  database: DatabaseSection['database'],
  real: RunningServer,
  seeded: Seeded,
  scratch: string,
  problems: string[],
): Promise<DatabaseSection> {
  const targets = await findTargets(real.baseUrl, seeded.locationNames)
  log(
    `  ${targets.searchPaths.length} search URLs (${targets.texts.join(', ')}), ` +
      `${targets.nearbyPaths.length} nearby URLs, all 200 with centres`,
  )
  const more = await masterdataTargets(real.baseUrl, targets.centreIds)
  const bare = await startBareServer(
    [
      { method: 'GET', url: NEARBY_ROUTE, body: targets.nearbyAnswer.body },
      { method: 'GET', url: SEARCH_ROUTE, body: targets.searchAnswer.body },
      ...more.map((t) => ({
        method: 'GET' as const,
        url: MASTERDATA_ROUTES[t.endpoint],
        body: t.answer.body,
      })),
    ],
    path.join(scratch, `bare-${database}`),
  )
  try {
    const comparisons = []
    for (const endpoint of ['nearby', 'search'] as const) {
      const paths = endpoint === 'nearby' ? targets.nearbyPaths : targets.searchPaths
      log(
        `  loading ${endpoint}: ${load.seconds} s on each server, ${load.rounds} alternating rounds…`,
      )
      const { real: r, bare: b } = await measurePair(
        `${database} ${endpoint}`,
        real.baseUrl,
        bare.baseUrl,
        getWorkload(paths),
        load,
      )
      problems.push(...loadProblems(r.name, r), ...loadProblems(b.name, b))
      const answer = endpoint === 'nearby' ? targets.nearbyAnswer : targets.searchAnswer
      const avg = endpoint === 'nearby' ? targets.nearbyBytesAvg : targets.searchBytesAvg
      comparisons.push(compare(endpoint, r, b, avg, answer.body.length))
      checkBothRunning(real, bare)
    }
    for (const t of more) {
      log(`  loading ${t.endpoint}: ${load.seconds} s on each server…`)
      const { real: r, bare: b } = await measurePair(
        `${database} ${t.endpoint}`,
        real.baseUrl,
        bare.baseUrl,
        getWorkload(t.paths),
        load,
      )
      problems.push(...loadProblems(r.name, r), ...loadProblems(b.name, b))
      comparisons.push(compare(t.endpoint, r, b, t.bytesAvg, t.answer.body.length))
      checkBothRunning(real, bare)
    }
    return {
      database,
      centres: CENTRES,
      openSeconds: seeded.openSeconds,
      migrateSeconds: seeded.migrateSeconds,
      seedSeconds: seeded.seedSeconds,
      populationSeconds: seeded.totalSeconds,
      serverReadyMs: real.readyMs,
      searchTexts: targets.texts,
      nearbyPoints: targets.nearbyPaths.length,
      comparisons,
    }
  } finally {
    await bare.stop()
  }
}

async function pgliteSection(scratch: string, problems: string[]): Promise<DatabaseSection> {
  const dataDir = path.join(scratch, 'pglite-data')
  log(`PGlite: seeding ${CENTRES} centres…`)
  const t = performance.now()
  const seeded = await seedPGlite(dataDir, SEED, CENTRES)
  log(`  seeded in ${secondsSince(t)} s; starting the server`)
  const real = await startResidentServer({ dataDir, databaseUrl: undefined, centres: CENTRES })
  try {
    const section = await measureDatabase('pglite', real, seeded, scratch, problems)
    log(`\n${formatSection(section)}\n`)
    return section
  } finally {
    await real.stop()
  }
}

async function postgresSection(
  adminUrl: string,
  scratch: string,
  problems: string[],
): Promise<DatabaseSection> {
  log(`PostgreSQL: creating ${PG_DATABASE}, seeding ${CENTRES} centres…`)
  const t = performance.now()
  const population = await seedPostgres(adminUrl, PG_DATABASE, SEED, CENTRES)
  try {
    log(`  seeded in ${secondsSince(t)} s; starting the server`)
    const real = await startResidentServer({
      dataDir: path.join(scratch, 'postgres-data'),
      databaseUrl: population.url,
      centres: CENTRES,
    })
    try {
      const section = await measureDatabase('postgres', real, population, scratch, problems)
      log(`\n${formatSection(section)}\n`)
      return section
    } finally {
      await real.stop()
    }
  } finally {
    await population.drop()
  }
}

async function main(scratch: string): Promise<number> {
  const report: Report = {
    startedAt: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.availableParallelism(),
    seconds: load.seconds,
    rounds: load.rounds,
    connections: load.connections,
    sections: [],
    otp: [],
    startTimes: undefined,
    portal: undefined,
    pdf: undefined,
    problems: [],
  }
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work()
    } catch (error) {
      report.problems.push(`${what} failed: ${(error as Error).message}`)
      console.error(`\n${what} FAILED:\n${(error as Error).stack ?? error}\n`)
    }
  }
  const parts = selectedParts(process.argv.slice(2), process.env.BENCH_ONLY)
  const adminUrl = process.env.DATABASE_URL
  if (!adminUrl) log('DATABASE_URL not set: PostgreSQL skipped\n')
  try {
    if (parts.has('centres')) {
      await attempt('PGlite benchmark', async () => {
        report.sections.push(await pgliteSection(scratch, report.problems))
      })
      if (adminUrl) {
        await attempt('PostgreSQL benchmark', async () => {
          report.sections.push(await postgresSection(adminUrl, scratch, report.problems))
        })
      }
    }
    if (parts.has('otp')) {
      await attempt('PGlite OTP benchmark', async () => {
        const section = await otpPGliteSection(scratch, otpOptions, report.problems)
        report.otp.push(section)
        log(`\n${formatOtpSection(section)}\n`)
      })
      if (adminUrl) {
        await attempt('PostgreSQL OTP benchmark', async () => {
          const section = await otpPostgresSection(adminUrl, scratch, otpOptions, report.problems)
          report.otp.push(section)
          log(`\n${formatOtpSection(section)}\n`)
        })
      }
    }
    if (parts.has('mix')) {
      if (!adminUrl) log('mix: needs PostgreSQL (DATABASE_URL): skipped\n')
      else {
        await attempt('public mix', async () => {
          const mix = await mixSection(adminUrl, scratch, mixPlan, log)
          report.mix = mix
          report.problems.push(...mixProblems(mix))
          log(`\n${formatMix(mix)}\n`)
        })
      }
    }
    if (parts.has('start') || parts.has('portal')) {
      await attempt('portal build', async () => ensurePortalBuilt(repoRoot))
    }
    if (parts.has('start')) {
      await attempt('start time', async () => {
        log(`Start time: npm start, 1 cold + ${START_RUNS} warm…`)
        report.startTimes = await measureStartTimes(path.join(scratch, 'demo-data'), START_RUNS)
        log(`\n${formatStartTimes(report.startTimes)}\n`)
      })
    }
    if (parts.has('pdf')) {
      await attempt('PDF generation', async () => {
        const runs = positive('BENCH_PDF_RUNS', 30)
        log(`PDF generation: 100-centre list, ${runs} runs per language…`)
        report.pdf = await measurePdfTimes(runs)
        log(`\n${formatPdfTimes(report.pdf, runs)}\n`)
      })
    }
    if (parts.has('fuzz')) {
      await attempt('fuzzing', async () => {
        const runs = count('FUZZ_RUNS', 50_000)
        const seed = count('FUZZ_SEED', 20_260_510)
        report.problems.push(...(await runFuzzBench(scratch, { runs, seed, log })))
      })
    }
    if (parts.has('portal')) {
      // BENCH_PORTAL_DIR: weigh another build (e.g. one made beside the shared portal/dist).
      const portalDir = path.resolve(repoRoot, process.env.BENCH_PORTAL_DIR || 'portal/dist')
      await attempt('portal weight', async () => {
        report.portal = measurePortalWeight(portalDir, FIRST_PAGE_CHUNKS)
        log(`${formatPortal(report.portal)}\n`)
        report.portal.pages = ['eng', 'ara'].flatMap((lang) =>
          measurePageWeights(portalDir, PORTAL_PAGES, lang),
        )
        log(`${formatPageWeights(report.portal.pages, report.portal.targets.jsGzip)}\n`)
      })
      await attempt('portal Lighthouse', async () => {
        const pages = PORTAL_PAGES.map((p) => p.path)
        const results = await lighthouseFromEnv(process.env, scratch, portalDir, pages, log)
        if (!results || !report.portal) return
        report.portal.lighthouse = results
        const js = new Map(
          (report.portal.pages ?? []).map((p) => [`${p.lang} ${p.path}`, p.jsGzip]),
        )
        log(`\n${formatLighthouse(results, js)}\n`)
        report.problems.push(...lighthouseProblems(results))
      })
    }
  } finally {
    await stopAll()
  }
  const otpRows: PathRow[] = report.otp.flatMap((s) =>
    s.comparisons.map((c) => ({
      label: `${s.database} ${OTP_ENDPOINT_NAMES[c.endpoint]}`,
      pair: c,
      roundTrips: roundTripText(s.roundTrips?.[c.endpoint]),
    })),
  )
  log(formatSummary(report, otpRows))
  const saved = saveReport(report, path.join(repoRoot, 'bench/results'))
  log(`\nsaved ${path.relative(repoRoot, saved)}`)
  return report.problems.length ? 1 : 0
}

// Whatever happens, no child outlives the run and the scratch folder goes.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'resident-bench-'))
process.on('exit', () => {
  killAllNow()
  fs.rmSync(scratch, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130))
}
process.exitCode = await main(scratch)
