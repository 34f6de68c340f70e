import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import puppeteer, { type Browser } from 'puppeteer-core'

export type BrowserName = 'chromium' | 'firefox'

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export interface LaunchedBrowser {
  name: BrowserName
  browser: Browser
  close(): Promise<void>
}

/** Browsers to run, from E2E_BROWSERS (comma list), default both. */
export function browserNames(env = process.env): BrowserName[] {
  const raw = env.E2E_BROWSERS?.trim() || 'chromium,firefox'
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const name of names) {
    if (name !== 'chromium' && name !== 'firefox') {
      throw new Error(`E2E_BROWSERS: unknown browser "${name}" (known: chromium, firefox)`)
    }
  }
  return names as BrowserName[]
}

export async function launchBrowser(name: BrowserName): Promise<LaunchedBrowser> {
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), `resident-e2e-${name}-`))
  let browser: Browser
  try {
    browser =
      name === 'chromium'
        ? await puppeteer.launch({
            browser: 'chrome',
            executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
            headless: true,
            userDataDir,
            args: CHROMIUM_ARGS,
            protocolTimeout: 30_000,
            timeout: 60_000,
          })
        : await puppeteer.launch({
            browser: 'firefox',
            executablePath: process.env.E2E_FIREFOX ?? '/usr/bin/firefox-esr',
            headless: true,
            userDataDir,
            protocolTimeout: 30_000,
            timeout: 60_000,
            extraPrefsFirefox: {
              // Linux default, stated so Tab reaches links on every platform.
              'accessibility.tabfocus': 7,
              // Geolocation comes only from the emulated position, never from a network service.
              'geo.provider.network.url': '',
              'geo.provider.use_geoclue': false,
            },
          })
  } catch (error) {
    await fs.rm(userDataDir, { recursive: true, force: true })
    throw error
  }
  return {
    name,
    browser,
    close: async () => {
      // A browser that does not close in time is killed (by its process id, which we started).
      const closed = await Promise.race([
        browser.close().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(resolve, 15_000, false).unref()),
      ])
      if (!closed) browser.process()?.kill('SIGKILL')
      await fs.rm(userDataDir, { recursive: true, force: true }).catch(() => {})
    },
  }
}
