import fs from 'node:fs'
import type { Page } from 'puppeteer-core'
import { htmlLang, waitForLangDir } from './checks.ts'
import type { TestContext } from './harness.ts'

/** Languages every page is checked in. */
export const PAGE_LANGUAGES = ['eng', 'ara'] as const

const SWITCHER = '[data-testid="language-switcher"]'

/** Switches language through the portal's own language switcher (a labelled select). */
export async function setLanguage(page: Page, code: string): Promise<void> {
  await page.waitForSelector(SWITCHER, { visible: true })
  await page.select(SWITCHER, code)
  await waitForLangDir(page, code)
}

/** The page's main heading, once rendered. */
export async function mainHeading(page: Page): Promise<string> {
  const h1 = await page.waitForSelector('main h1', { visible: true })
  if (!h1) throw new Error('no <h1> in <main>')
  return (await h1.evaluate((el) => el.textContent ?? '')).trim()
}

/** Opens a portal path in a language: loads it, switches through the UI, waits for the heading. */
export async function openPage(t: TestContext, pathname: string, lang: string): Promise<void> {
  await t.goto(pathname)
  await mainHeading(t.page)
  // A fresh context starts in the browser's language; switch whenever that is not the one wanted.
  const current = await t.page.evaluate(() => document.documentElement.lang)
  if (current !== htmlLang(lang)) await setLanguage(t.page, lang)
  await waitForLangDir(t.page, lang)
}

type Strings = { [key: string]: string | Strings }
const cache = new Map<string, Strings>()

/** The string at `key` (dotted) in `file` of the portal's `src/locales/` (read once), if any. */
export function localeString(file: string, key: string): string | undefined {
  let strings = cache.get(file)
  if (!strings) {
    const url = new URL(`../../portal/src/locales/${file}`, import.meta.url)
    strings = JSON.parse(fs.readFileSync(url, 'utf8')) as Strings
    cache.set(file, strings)
  }
  let node: string | Strings | undefined = strings
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/**
 * The portal's own translation of `key` (dotted) in `lang`, read from its source files: the
 * main strings, or a page's namespace with its prefix (`centres:noneFound`).
 */
export function portalText(lang: string, key: string): string {
  const at = key.indexOf(':')
  const file = at === -1 ? `${lang}.json` : `${key.slice(0, at)}/${key.slice(0, at)}.${lang}.json`
  const text = localeString(file, key.slice(at + 1))
  if (text === undefined) throw new Error(`no string "${key}" in portal/src/locales/${file}`)
  return text
}

/** Text content of every element matching `selector`, trimmed, in document order. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  )
}
