import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'puppeteer-core'
import type { BrowserName } from './browsers.ts'

export interface TestContext {
  browserName: BrowserName
  context: BrowserContext
  page: Page
  baseUrl: string
  preRegistrationUrl: string
  /** Opens a portal path (e.g. `/regcenter`) and waits for the app to render. */
  goto(pathname: string): Promise<void>
}

export type TestFn = (t: TestContext) => Promise<void>

interface RegisteredTest {
  name: string
  fn: TestFn
  timeoutMs: number
}

export interface TestResult {
  name: string
  browserName: BrowserName
  ok: boolean
  ms: number
  error?: unknown
  screenshot?: string
}

const registry: RegisteredTest[] = []
const runEndHooks: (() => Promise<void>)[] = []

/** Stops, once every test has run, something tests started once for the whole run. */
export function atRunEnd(stop: () => Promise<void>): void {
  runEndHooks.push(stop)
}

/** Runs the `atRunEnd` hooks (each once, however it ends). */
export async function runEndHooksDone(): Promise<void> {
  await Promise.allSettled(runEndHooks.splice(0).map((stop) => stop()))
}

const DEFAULT_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 60_000

/** Registers a test; it runs once per browser in a fresh private context. */
export function test(name: string, fn: TestFn, options: { timeoutMs?: number } = {}): void {
  if (registry.some((t) => t.name === name)) throw new Error(`duplicate test name: ${name}`)
  registry.push({ name, fn, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS })
}

/** Registered tests, filtered by E2E_GREP (a substring or /regexp/) when set. */
export function selectedTests(grep = process.env.E2E_GREP): RegisteredTest[] {
  if (!grep) return [...registry]
  const match = /^\/(.*)\/([a-z]*)$/.exec(grep)
  const re = match ? new RegExp(match[1] ?? '', match[2]) : undefined
  return registry.filter((t) => (re ? re.test(t.name) : t.name.includes(grep)))
}

export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url))

export function screenshotPath(browserName: BrowserName, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return path.join(screenshotDir, `${browserName}-${slug}.png`)
}

/** Settles within `ms` or rejects with a timeout error naming `what`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Takes a screenshot of the page (full page when the browser can), bounded in time. */
export async function takeScreenshot(page: Page, file: string): Promise<string | undefined> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  try {
    await withTimeout(
      page.screenshot({ path: file as `${string}.png`, fullPage: true }),
      10_000,
      'screenshot',
    )
    return file
  } catch {
    try {
      await withTimeout(page.screenshot({ path: file as `${string}.png` }), 10_000, 'screenshot')
      return file
    } catch {
      return undefined
    }
  }
}

interface RunOptions {
  browserName: BrowserName
  browser: Browser
  baseUrl: string
  preRegistrationUrl: string
  tests: RegisteredTest[]
  concurrency: number
  onResult(result: TestResult): void
}

/** Runs every test once in this browser, `concurrency` at a time, each in its own context. */
export async function runInBrowser(options: RunOptions): Promise<TestResult[]> {
  const results: TestResult[] = []
  const queue = [...options.tests]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await runOne(options, next)
      results.push(result)
      options.onResult(result)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker))
  return results
}

async function runOne(options: RunOptions, registered: RegisteredTest): Promise<TestResult> {
  const { browser, browserName, baseUrl } = options
  const started = performance.now()
  let context: BrowserContext | undefined
  let page: Page | undefined
  const pageErrors: string[] = []
  try {
    context = await withTimeout(browser.createBrowserContext(), 15_000, 'opening a browser context')
    page = await withTimeout(context.newPage(), 15_000, 'opening a page')
    page.setDefaultTimeout(15_000)
    page.setDefaultNavigationTimeout(20_000)
    await page.setViewport({ width: 1280, height: 800 })
    page.on('pageerror', (error) => {
      pageErrors.push(error instanceof Error ? error.message : String(error))
    })
    const current = page
    const t: TestContext = {
      browserName,
      context,
      page: current,
      baseUrl,
      preRegistrationUrl: options.preRegistrationUrl,
      goto: async (pathname) => {
        await current.goto(new URL(pathname, baseUrl).href, { waitUntil: 'load' })
        await current.waitForSelector('main', { timeout: 15_000 })
      },
    }
    await withTimeout(registered.fn(t), registered.timeoutMs, `test "${registered.name}"`)
    if (pageErrors.length > 0) {
      throw new Error(`uncaught errors in the page:\n  ${pageErrors.join('\n  ')}`)
    }
    return { name: registered.name, browserName, ok: true, ms: performance.now() - started }
  } catch (error) {
    const screenshot = page
      ? await takeScreenshot(page, screenshotPath(browserName, registered.name))
      : undefined
    if (
      pageErrors.length > 0 &&
      error instanceof Error &&
      !error.message.includes('uncaught errors')
    ) {
      error.message += `\n(uncaught errors in the page: ${pageErrors.join('; ')})`
    }
    return {
      name: registered.name,
      browserName,
      ok: false,
      ms: performance.now() - started,
      error,
      ...(screenshot ? { screenshot } : {}),
    }
  } finally {
    if (context) await withTimeout(context.close(), 10_000, 'closing a context').catch(() => {})
  }
}
