import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'puppeteer-core'

const require = createRequire(import.meta.url)
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> }
    __e2eFocused?: Set<Element>
  }
}

/** Runs axe-core on the whole document; fails listing each violation with its first targets. */
export async function checkAxe(page: Page): Promise<void> {
  // The CSP forbids script tags we would add, so evaluate the source in the page instead.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = window.axe
    if (!axe) throw new Error('axe-core did not load in the page')
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  if (violations.length === 0) return
  const lines = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.count} node(s): ${v.targets.join(' | ')}`,
  )
  throw new Error(
    `axe found ${violations.length} violation(s) at ${page.url()}:\n  ${lines.join('\n  ')}`,
  )
}

/** At a 320 CSS px wide viewport the page must not scroll sideways (WCAG 1.4.10 reflow). */
export async function checkNoHorizontalScroll(page: Page): Promise<void> {
  const previous = page.viewport()
  await page.setViewport({ width: 320, height: 640 })
  try {
    // Let layout and any resize observers settle.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    const result = await page.evaluate(() => {
      const width = window.innerWidth
      const scrollWidth = document.documentElement.scrollWidth
      const offenders: string[] = []
      if (scrollWidth > width) {
        for (const el of document.body.querySelectorAll('*')) {
          const rect = el.getBoundingClientRect()
          if (rect.width === 0 || (rect.right <= width + 0.5 && rect.left >= -0.5)) continue
          // Report the outermost overflowing element only.
          const parent = el.parentElement?.getBoundingClientRect()
          if (parent && (parent.right > width + 0.5 || parent.left < -0.5)) continue
          const id = el.id ? `#${el.id}` : ''
          const cls =
            typeof el.className === 'string' && el.className
              ? `.${el.className.split(/\s+/).join('.')}`
              : ''
          offenders.push(
            `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(rect.left)}…${Math.round(rect.right)}]`,
          )
          if (offenders.length >= 5) break
        }
      }
      return { width, scrollWidth, offenders }
    })
    if (result.scrollWidth > result.width) {
      throw new Error(
        `page scrolls sideways at 320 px: scrollWidth ${result.scrollWidth} > ${result.width}` +
          (result.offenders.length ? `; wide elements: ${result.offenders.join(', ')}` : ''),
      )
    }
  } finally {
    if (previous) await page.setViewport(previous)
  }
}

/**
 * Presses Tab (bounded) and checks that every visible, enabled interactive element got focus.
 * A radio group counts as reached when one of its radios was (arrow keys move within a group).
 */
export async function checkKeyboardReachesAll(page: Page): Promise<void> {
  const total = await page.evaluate(() => {
    window.__e2eFocused = new Set()
    const focused = window.__e2eFocused
    document.addEventListener(
      'focusin',
      (e) => {
        if (e.target instanceof Element) focused.add(e.target)
      },
      true,
    )
    // Start from the top of the document in every browser: focus a programmatic-only element
    // placed first in <body> (tabindex -1 keeps it out of the Tab order), then Tab onwards.
    const start = document.createElement('span')
    start.tabIndex = -1
    start.setAttribute('data-e2e-start', '')
    document.body.prepend(start)
    start.focus()
    focused.delete(start)
    return document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [tabindex]',
    ).length
  })
  const maxPresses = Math.min(400, total * 2 + 10)
  let missing: string[] = []
  try {
    for (let i = 0; i < maxPresses; i++) {
      await page.keyboard.press('Tab')
      // Check now and then (every press is cheap, every check is a round trip).
      if (i < total - 1 && i % 5 !== 4) continue
      missing = await unreachedControls(page)
      if (missing.length === 0) return
    }
    missing = await unreachedControls(page)
  } finally {
    await page.evaluate(() => document.querySelector('[data-e2e-start]')?.remove())
  }
  if (missing.length > 0) {
    throw new Error(
      `Tab (${maxPresses} presses) never reached ${missing.length} control(s):\n  ${missing.slice(0, 10).join('\n  ')}`,
    )
  }
}

function unreachedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focused = window.__e2eFocused ?? new Set<Element>()
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]'
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ??
        el.getAttribute('data-testid') ??
        (el.textContent ?? '').trim().slice(0, 40)
      const id = el.id ? `#${el.id}` : ''
      return `<${el.tagName.toLowerCase()}${id}> "${name}"`
    }
    const missing: string[] = []
    for (const el of document.querySelectorAll(selector)) {
      if (!(el instanceof HTMLElement)) continue
      const tabindex = el.getAttribute('tabindex')
      if (tabindex !== null && Number(tabindex) < 0) continue
      if (el.matches(':disabled') || el.closest('[inert]')) continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      if (!el.checkVisibility({ visibilityProperty: true })) continue
      if (focused.has(el)) continue
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = el.form
          ? el.form.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)
          : document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)
        if ([...group].some((r) => focused.has(r))) continue
      }
      missing.push(describe(el))
    }
    return missing
  })
}

const HTML_LANG: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  ara: 'ar',
  hin: 'hi',
  kan: 'kn',
  tam: 'ta',
  spa: 'es',
}
const RTL = new Set(['ara'])

export function htmlLang(code: string): string {
  const lang = HTML_LANG[code]
  if (!lang) throw new Error(`no HTML language tag known for "${code}"`)
  return lang
}

/** `<html lang dir>` match the language (e.g. ara → lang="ar" dir="rtl"). */
export async function checkLangDir(page: Page, code: string): Promise<void> {
  const expected = { lang: htmlLang(code), dir: RTL.has(code) ? 'rtl' : 'ltr' }
  const actual = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
  }))
  if (actual.lang !== expected.lang || actual.dir !== expected.dir) {
    throw new Error(
      `<html lang="${actual.lang}" dir="${actual.dir}">, expected lang="${expected.lang}" dir="${expected.dir}"`,
    )
  }
}

/** Waits until `<html>` has the language's lang and dir (after a switch). */
export async function waitForLangDir(page: Page, code: string, timeout = 10_000): Promise<void> {
  const lang = htmlLang(code)
  const dir = RTL.has(code) ? 'rtl' : 'ltr'
  try {
    await page.waitForFunction(
      (l: string, d: string) =>
        document.documentElement.getAttribute('lang') === l &&
        document.documentElement.getAttribute('dir') === d,
      { timeout, polling: 100 },
      lang,
      dir,
    )
  } catch {
    await checkLangDir(page, code)
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
