// Lighthouse (performance only) on every portal page, in each language asked for, with the mobile
// and desktop presets, median of a few runs, against a production build served by the real
// server. Debian's Chromium, started fresh per run (cold cache) with flags that keep it off the
// network: the portal is on 127.0.0.1 and nothing else is fetched.
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import {
  type LighthouseResult,
  type LighthouseRun,
  medianRun,
  type Preset,
} from './lighthouse-report.ts'
import { startNodeServer } from './server-process.ts'

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
]

/** Browser language per portal language code: the portal picks its language from it. */
const BROWSER_LOCALE: Record<string, string> = {
  eng: 'en-US',
  fra: 'fr',
  ara: 'ar',
  hin: 'hi',
  kan: 'kn',
  tam: 'ta',
  spa: 'es',
}

export interface LighthouseOptions {
  baseUrl: string
  pages: readonly string[]
  langs: readonly string[]
  presets: readonly Preset[]
  runs: number
  log: (line: string) => void
}

const numeric = (
  audits: Record<string, { numericValue?: number } | undefined>,
  id: string,
): number => {
  const value = audits[id]?.numericValue
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id}`)
  return value
}

/** One cold Lighthouse run of `url` in a fresh Chromium speaking `lang`. */
export async function runLighthouseOnce(
  url: string,
  lang: string,
  preset: Preset,
): Promise<LighthouseRun> {
  const locale = BROWSER_LOCALE[lang] ?? lang
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROME_FLAGS, `--lang=${locale}`, `--accept-lang=${locale}`],
    logLevel: 'silent',
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error('Lighthouse returned nothing')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    const score = lhr.categories.performance?.score
    if (typeof score !== 'number') throw new Error('no performance score')
    return {
      score: Math.round(score * 100),
      lcpMs: numeric(lhr.audits, 'largest-contentful-paint'),
      tbtMs: numeric(lhr.audits, 'total-blocking-time'),
      cls: numeric(lhr.audits, 'cumulative-layout-shift'),
      fcpMs: numeric(lhr.audits, 'first-contentful-paint'),
    }
  } finally {
    chrome.kill()
  }
}

/** Every page × language × preset, `runs` times each; a failed page is reported, not thrown. */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = []
  for (const preset of options.presets) {
    for (const lang of options.langs) {
      for (const page of options.pages) {
        const runs: LighthouseRun[] = []
        let error: string | undefined
        for (let i = 0; i < options.runs && !error; i++) {
          try {
            runs.push(await runLighthouseOnce(`${options.baseUrl}${page}`, lang, preset))
          } catch (e) {
            error = (e as Error).message
          }
        }
        const median = runs.length
          ? medianRun(runs)
          : { score: 0, lcpMs: 0, tbtMs: 0, cls: 0, fcpMs: 0 }
        results.push({ page, lang, preset, runs, median, ...(error ? { error } : {}) })
        options.log(
          `  ${preset} ${lang} ${page}: ${error ? `failed (${error})` : `score ${median.score}, CLS ${median.cls.toFixed(3)}`}`,
        )
      }
    }
  }
  return results
}

/**
 * The real server in demo mode (seeded demo country, so the pages show what a resident sees)
 * serving `portalDir`, in a scratch data folder.
 */
export function startPortalServer(scratch: string, portalDir: string) {
  return startNodeServer(path.resolve(import.meta.dirname, '../../server/src/main.ts'), {
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(scratch, 'lighthouse-data'),
    PORTAL_DIR: portalDir,
  })
}

/** A comma-separated list from the environment, or `fallback`. */
function list(raw: string | undefined, fallback: readonly string[]): string[] {
  const items = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return items.length ? items : [...fallback]
}

/**
 * The bench's Lighthouse step: starts a server on `portalDir`, runs every page (or
 * BENCH_LIGHTHOUSE_PAGES) in BENCH_LIGHTHOUSE_LANGS (eng,ara) with BENCH_LIGHTHOUSE_PRESETS
 * (mobile,desktop), BENCH_LIGHTHOUSE_RUNS times each (3; 0 skips Lighthouse), and stops it.
 */
export async function lighthouseFromEnv(
  env: NodeJS.ProcessEnv,
  scratch: string,
  portalDir: string,
  allPages: readonly string[],
  log: (line: string) => void,
): Promise<LighthouseResult[] | undefined> {
  const runs = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3)
  if (!Number.isInteger(runs) || runs < 0) {
    throw new Error('BENCH_LIGHTHOUSE_RUNS must be a whole number')
  }
  if (runs === 0) return undefined
  const pages = list(env.BENCH_LIGHTHOUSE_PAGES, allPages)
  const langs = list(env.BENCH_LIGHTHOUSE_LANGS, ['eng', 'ara'])
  const presets = list(env.BENCH_LIGHTHOUSE_PRESETS, ['mobile', 'desktop'])
  const bad = presets.filter((p) => p !== 'mobile' && p !== 'desktop')
  if (bad.length) throw new Error(`unknown Lighthouse preset ${bad.join(', ')}`)
  log(
    `Lighthouse: ${pages.length} pages × ${langs.join('+')} × ${presets.join('+')}, ` +
      `${runs} runs each…`,
  )
  const server = await startPortalServer(scratch, portalDir)
  try {
    return await runLighthouse({
      baseUrl: server.baseUrl,
      pages,
      langs,
      presets: presets as Preset[],
      runs,
      log,
    })
  } finally {
    await server.stop()
  }
}
