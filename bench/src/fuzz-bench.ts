// `BENCH_ONLY=fuzz npm run bench`: the fuzzer of server/test/fuzz (whose test sends 10,000
// requests) run longer, FUZZ_RUNS requests (default 50,000) from FUZZ_SEED, through
// app.inject() on a freshly seeded PGlite demo country. Captcha off and budgets no run spends
// (as in the test), so requests reach the routes' own checks rather than a guard.
import fs from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import {
  createEmbeddedServer,
  ensureDemoData,
  loadConfig,
  loadKeys,
  openPGlite,
  prepareDatabase,
} from '@resident/server'
import { demoIds, loadOperations, routeWeight, runFuzz } from '@resident/server/fuzz'
import { formatFuzzReport } from './fuzz-report.ts'

export interface FuzzOptions {
  runs: number
  seed: number
  log: (line: string) => void
}

/** One line per distinct stack top of the error-level log lines. */
function distinctErrors(lines: string[]): string[] {
  const tops = lines.map((line) => {
    const { err, msg } = JSON.parse(line) as { err?: { stack?: string }; msg?: string }
    return (err?.stack ?? msg ?? line).split('\n').slice(0, 3).join(' | ')
  })
  return [...new Set(tops)]
}

/** Runs the fuzzer; the problems it returns (broken answers, 5xx logs) fail the benchmark. */
export async function runFuzzBench(scratch: string, options: FuzzOptions): Promise<string[]> {
  const dataDir = path.join(scratch, 'fuzz-data')
  fs.mkdirSync(dataDir, { recursive: true })
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORTAL_DIR: path.join(scratch, 'no-portal'),
    LOG_LEVEL: 'warn',
    CAPTCHA_REQUIRED: 'false',
    IP_LIMIT_REQUESTS: '1000000',
    OTP_MAX_SENDS: '100',
    OTP_MAX_SENDS_PER_DAY: '1000',
  })
  const errors: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n'))
        if (line.includes('"level":50')) errors.push(line)
      done()
    },
  })
  const handle = await openPGlite()
  try {
    options.log('Fuzz: seeding the demo country…')
    await prepareDatabase(handle.db)
    await ensureDemoData(handle.db, config)
    const keys = await loadKeys(config)
    const { app } = await createEmbeddedServer({ config, db: handle.db, keys, logStream })
    try {
      const ops = await loadOperations(app)
      options.log(`  ${ops.length} routes; sending ${options.runs} requests…`)
      let next = 10_000
      const report = await runFuzz(app, ops, {
        seed: options.seed,
        runs: options.runs,
        ids: demoIds(),
        weight: routeWeight,
        onChunk: (r) => {
          if (r.sent < next) return
          next += 10_000
          options.log(`  ${r.sent} sent, ${Math.round(r.sent / (r.ms / 1000))}/s`)
        },
      })
      const serverErrors = distinctErrors(errors)
      options.log(`\n${formatFuzzReport(report, options.seed, serverErrors)}\n`)
      const problems: string[] = []
      if (report.failureCount > 0) {
        problems.push(
          `fuzz: ${report.failureCount} answers broke the property (seed ${options.seed})`,
        )
      }
      if (serverErrors.length > 0)
        problems.push(`fuzz: ${serverErrors.length} distinct server errors`)
      return problems
    } finally {
      await app.close()
    }
  } finally {
    await handle.close()
  }
}
