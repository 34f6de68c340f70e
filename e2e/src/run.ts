import fs from 'node:fs/promises'
import { type BrowserName, browserNames, type LaunchedBrowser, launchBrowser } from './browsers.ts'
import {
  runEndHooksDone,
  runInBrowser,
  screenshotDir,
  selectedTests,
  type TestResult,
  withTimeout,
} from './harness.ts'
import { type RunningServer, startServer } from './server.ts'
import './tests/index.ts'

/**
 * The e2e run: one in-process server, each browser (in parallel) running every test once in a
 * fresh private context. Prints ✓/✗ per test and browser, the failures, then `N passed, N failed`.
 */

const started = performance.now()
const concurrency = Number(process.env.E2E_CONCURRENCY) || 1
const serverTimeoutMs = Number(process.env.E2E_SERVER_TIMEOUT_MS) || 180_000
const runTimeoutMs = Number(process.env.E2E_RUN_TIMEOUT_MS) || 30 * 60_000
let server: RunningServer | undefined
const launched: LaunchedBrowser[] = []
const results: TestResult[] = []
const fatal: unknown[] = []

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return error.stack && !error.message.includes('\n') ? error.stack : error.message
}

function report(r: TestResult): void {
  console.log(`${r.ok ? '✓' : '✗'} [${r.browserName}] ${r.name} (${Math.round(r.ms)} ms)`)
}

async function runBrowser(name: BrowserName, baseUrl: string, preRegistrationUrl: string) {
  const browser = await launchBrowser(name)
  launched.push(browser)
  await runInBrowser({
    browserName: name,
    browser: browser.browser,
    baseUrl,
    preRegistrationUrl,
    tests: selectedTests(),
    concurrency,
    onResult: (r) => {
      results.push(r)
      report(r)
    },
  })
}

async function stop(): Promise<void> {
  await Promise.allSettled(launched.map((b) => withTimeout(b.close(), 20_000, `closing ${b.name}`)))
  await withTimeout(runEndHooksDone(), 20_000, 'stopping what the tests started').catch(() => {})
  if (server) await withTimeout(server.close(), 20_000, 'closing the server').catch(() => {})
}

// A stray rejection (e.g. from a page closed under a timed-out test) must not skip the clean-up.
process.on('unhandledRejection', (reason) => {
  console.error(`unhandled rejection: ${errorText(reason)}`)
  fatal.push(reason)
})
process.once('SIGINT', () => {
  void stop().finally(() => process.exit(130))
})
// Last resort against a hang outside any test: clean up and fail.
const watchdog = setTimeout(() => {
  console.error(`\ne2e run exceeded ${seconds(runTimeoutMs)}; stopping`)
  void stop().finally(() => process.exit(1))
}, runTimeoutMs)
watchdog.unref()

try {
  await fs.rm(screenshotDir, { recursive: true, force: true })
  const names = browserNames()
  if (selectedTests().length === 0)
    throw new Error(`no test matches E2E_GREP="${process.env.E2E_GREP}"`)
  const serverStart = performance.now()
  server = await withTimeout(startServer(), serverTimeoutMs, 'starting the server')
  console.log(
    `server at ${server.baseUrl} (ready in ${seconds(performance.now() - serverStart)}); ` +
      `browsers: ${names.join(', ')}; ${selectedTests().length} tests each`,
  )
  const { baseUrl, preRegistrationUrl } = server
  const outcomes = await Promise.allSettled(
    names.map((n) => runBrowser(n, baseUrl, preRegistrationUrl)),
  )
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === 'rejected') {
      console.error(`\n${names[i]} could not run: ${errorText(outcome.reason)}`)
      fatal.push(outcome.reason)
    }
  }
} catch (error) {
  fatal.push(error)
  console.error(`\ne2e run failed: ${errorText(error)}`)
} finally {
  await stop()
}

const failed = results.filter((r) => !r.ok)
if (failed.length > 0) {
  console.log('\nFailures:')
  for (const r of failed) {
    console.log(
      `\n✗ [${r.browserName}] ${r.name}\n  ${errorText(r.error).replaceAll('\n', '\n  ')}`,
    )
    if (r.screenshot) console.log(`  screenshot: ${r.screenshot}`)
  }
}
console.log(`\nran in ${seconds(performance.now() - started)}`)
console.log(`${results.length - failed.length} passed, ${failed.length + fatal.length} failed`)
process.exit(failed.length > 0 || fatal.length > 0 || results.length === 0 ? 1 : 0)
