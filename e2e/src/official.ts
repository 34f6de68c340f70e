import { existsSync, readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import type { HTTPRequest, HTTPResponse, Page } from 'puppeteer-core'
import { assert } from './checks.ts'
import { atRunEnd } from './harness.ts'
import { type RunningServer, startServer } from './server.ts'
import { plain } from './services.ts'

/**
 * MOSIP's own resident portal (resident-ui v0.9.1, built, in `/work/shared/official-resident-ui`)
 * as a test client of our API. A small same-origin front serves its files and forwards
 * `/resident/` to a server of ours started as a country would start it for that portal: no
 * captcha (it sends none) and no Spanish (its language list has none). The front answers
 * `assets/config.json` with its own origin, as the portal's README asks.
 */

/** Where the build is: E2E_OFFICIAL_UI, else `shared/` beside the checkout, else /work/shared. */
export const officialUiDir =
  process.env.E2E_OFFICIAL_UI ??
  [
    fileURLToPath(new URL('../../../shared/official-resident-ui/dist', import.meta.url)),
    '/work/shared/official-resident-ui/dist',
  ].find((dir) => existsSync(path.join(dir, 'index.html'))) ??
  '/work/shared/official-resident-ui/dist'

/** The settings a country gives our server for the official portal. */
export const OFFICIAL_UI_ENV = {
  CAPTCHA_REQUIRED: 'false',
  OPTIONAL_LANGUAGES: 'fra,ara,hin,kan,tam',
  // Both browsers' tests come from one address: a country's residents come from many.
  IP_LIMIT_REQUESTS: '100000',
} as const

export interface OfficialUi {
  /** The origin that serves the portal and the API (`…/resident/v1`). */
  url: string
  /** Our server behind it (its development mailbox holds the codes). */
  api: RunningServer
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
}

/** Starts our server and the front; both close together. */
export async function startOfficialUi(): Promise<OfficialUi> {
  await fs.access(path.join(officialUiDir, 'index.html')).catch(() => {
    throw new Error(`no official resident-ui build in ${officialUiDir} (set E2E_OFFICIAL_UI)`)
  })
  const root = await fs.realpath(officialUiDir)
  const api = await startServer({ portal: false, env: OFFICIAL_UI_ENV })
  const apiUrl = new URL(api.baseUrl)
  let origin = ''

  const front = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://front')
    const fail = (error: unknown) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
      res.end(`front: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (url.pathname.startsWith('/resident/')) {
      const upstream = http.request(
        {
          host: apiUrl.hostname,
          port: apiUrl.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: apiUrl.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          pipeline(answer, res).catch(() => {})
        },
      )
      upstream.on('error', fail)
      pipeline(req, upstream).catch(fail)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    if (url.pathname === '/assets/config.json') {
      serveConfig(res, origin).catch(fail)
      return
    }
    serveFile(res, root, url.pathname).catch(fail)
  })
  try {
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject)
      front.listen(0, '127.0.0.1', resolve)
    })
  } catch (error) {
    await api.close()
    throw error
  }
  const address = front.address()
  if (!address || typeof address === 'string') throw new Error('the front has no TCP address')
  origin = `http://127.0.0.1:${address.port}`
  return {
    url: origin,
    api,
    close: async () => {
      front.closeAllConnections()
      await new Promise<void>((resolve) => front.close(() => resolve()))
      await api.close()
    },
  }
}

/** The portal's own config file with `baseUrl` pointing at this origin's API. */
async function serveConfig(res: http.ServerResponse, origin: string): Promise<void> {
  const shipped = JSON.parse(
    await fs.readFile(path.join(officialUiDir, 'assets/config.json'), 'utf8'),
  ) as Record<string, unknown>
  const body = JSON.stringify({ ...shipped, baseUrl: `${origin}/resident/v1` })
  res.writeHead(200, { 'content-type': TYPES['.json'] ?? '', 'cache-control': 'no-store' })
  res.end(body)
}

async function serveFile(res: http.ServerResponse, root: string, pathname: string) {
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    res.writeHead(400).end()
    return
  }
  if (relative.endsWith('/')) relative += 'index.html'
  const file = path.join(root, path.normalize(relative))
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end()
    return
  }
  const data = await fs.readFile(file).catch(() => undefined)
  if (!data) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    return
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  })
  res.end(data)
}

let shared: Promise<OfficialUi> | undefined

/** The official portal and its server, started by the first test that needs them, for the run. */
export function officialUi(): Promise<OfficialUi> {
  shared ??= startOfficialUi().then((ui) => {
    atRunEnd(ui.close)
    return ui
  })
  return shared
}

type Strings = { [key: string]: string | Strings | Strings[] }
const stringsCache = new Map<string, Strings>()

/** The official portal's own text of `key` (dotted, array items by index) in `lang`. */
export function officialText(lang: string, key: string): string {
  let strings = stringsCache.get(lang)
  if (!strings) {
    const file = path.join(officialUiDir, 'assets/i18n', `${lang}.json`)
    strings = JSON.parse(readFileSync(file, 'utf8')) as Strings
    stringsCache.set(lang, strings)
  }
  let node: unknown = strings
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Strings)[part] : undefined
  }
  if (typeof node !== 'string') throw new Error(`the official portal has no "${key}" in ${lang}`)
  return node
}

/** Every text under `key` (e.g. all of its messages for server error codes), in `lang`. */
export function officialTexts(lang: string, key: string): string[] {
  officialText(lang, 'menuItems.0.displayName')
  let node: unknown = stringsCache.get(lang)
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Strings)[part] : undefined
  }
  const out: string[] = []
  const walk = (n: unknown) => {
    if (typeof n === 'string') out.push(n)
    else if (typeof n === 'object' && n !== null) for (const v of Object.values(n)) walk(v)
  }
  walk(node)
  return out
}

/** Its text with `$name` values filled in; values not given match anything (as a pattern). */
export function officialPattern(lang: string, key: string, values: Record<string, string> = {}) {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const source = plain(officialText(lang, key))
    .split(/(\$[A-Za-z]+)/)
    .map((part) => {
      if (!part.startsWith('$')) return literal(part)
      const value = values[part.slice(1)]
      return value === undefined ? '.+?' : literal(value)
    })
    .join('')
  return new RegExp(source, 'u')
}

export interface ApiCall {
  method: string
  /** Path and query below `/resident/v1`. */
  path: string
  status: number
  response: HTTPResponse
}

/**
 * Keeps the page to the portal's origin (it would load reCAPTCHA and map tiles from the
 * internet) and notes every answer of our API.
 */
export async function watchOfficialPage(page: Page, ui: OfficialUi): Promise<ApiCall[]> {
  const calls: ApiCall[] = []
  const api = `${ui.url}/resident/v1`
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return
    const url = request.url()
    if (url.startsWith(`${ui.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue()
    } else {
      void request.abort('blockedbyclient')
    }
  })
  page.on('response', (response) => {
    const url = response.url()
    if (!url.startsWith(api)) return
    calls.push({
      method: response.request().method(),
      path: url.slice(api.length),
      status: response.status(),
      response,
    })
  })
  return calls
}

/** Waits until the dashboard shows its cards in `lang`. */
async function waitForDashboard(page: Page, lang: string): Promise<void> {
  const title = officialText(lang, 'menuItems.1.displayName')
  try {
    await page.waitForFunction(
      (want: string) =>
        (document.querySelector('#dashboardCard2')?.textContent ?? '').includes(want),
      { timeout: 20_000 },
      title,
    )
  } catch {
    const shown = await page
      .$eval('body', (b) => (b.textContent ?? '').slice(0, 300))
      .catch(() => '')
    throw new Error(`the official dashboard did not show "${title}"; the page reads: ${shown}`)
  }
}

/**
 * Opens the official portal's dashboard in `lang`, switching through its own language menu (the
 * page reloads in the new language).
 */
export async function openOfficial(page: Page, ui: OfficialUi, lang: string): Promise<void> {
  await page.goto(`${ui.url}/#/dashboard`, { waitUntil: 'load' })
  const initial = await page
    .waitForFunction(() => localStorage.getItem('langCode'), { timeout: 20_000 })
    .then((h) => h.jsonValue())
  await waitForDashboard(page, String(initial))
  if (initial === lang) return
  // A click while the menu still opens (it animates) is lost: try again, as a resident would.
  for (let attempt = 1; ; attempt++) {
    await page.click('#languages')
    await page.waitForSelector(`#lang${lang}`, { visible: true })
    await settle(page)
    await page.click(`#lang${lang}`)
    const switched = await page
      .waitForFunction(
        (l: string) => localStorage.getItem('langCode') === l,
        { timeout: 5_000 },
        lang,
      )
      .then(
        () => true,
        () => false,
      )
    if (switched) break
    if (attempt === 3)
      throw new Error(`the official portal's language menu did not switch to ${lang}`)
    await page.keyboard.press('Escape')
  }
  await waitForDashboard(page, lang)
  const dir = await page.evaluate(() => document.body.dir)
  const rtl = lang === 'ara'
  assert(dir === (rtl ? 'rtl' : 'ltr'), `the ${lang} dashboard is laid out "${dir}"`)
}

/**
 * Lets the page finish what it started: its requests (its settings arrive after the form shows,
 * and a number typed before them is judged by default lengths) and its animations.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => {})
  await new Promise((resolve) => setTimeout(resolve, 300))
}

/** Opens a dashboard card (1 UIN services … 5 Verify) as a resident does, by clicking it. */
export async function openCard(page: Page, card: 1 | 2 | 3 | 4 | 5): Promise<void> {
  await page.click(`#dashboardCard${card}`)
  await settle(page)
}

/** The text of the open dialog (the portal's message pop-up), once one shows. */
export async function dialogText(page: Page, timeout = 15_000): Promise<string> {
  const dialog = await page.waitForSelector('mat-dialog-container', { visible: true, timeout })
  if (!dialog) throw new Error('no dialog opened')
  // The pop-up fills in as its strings arrive.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return plain(await dialog.evaluate((el) => el.textContent ?? ''))
}

/** Waits for the answer of our API to `method path…` (path below `/resident/v1`). */
export function apiAnswer(
  page: Page,
  ui: OfficialUi,
  method: string,
  pathPrefix: string,
  timeout = 20_000,
): Promise<HTTPResponse> {
  const prefix = `${ui.url}/resident/v1${pathPrefix}`
  return page.waitForResponse(
    (r) => r.url().startsWith(prefix) && r.request().method() === method,
    { timeout },
  )
}
