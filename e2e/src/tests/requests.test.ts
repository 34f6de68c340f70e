import type { HTTPRequest, Page } from 'puppeteer-core'
import { assert } from '../checks.ts'
import { test } from '../harness.ts'
import { openPage, PAGE_LANGUAGES } from '../portal.ts'
import { waitForLevels } from '../regcenter.ts'

/** Pages whose reference data loads when they open, with what "loaded" means for each. */
const PAGES: { name: string; path: string; ready(page: Page): Promise<unknown> }[] = [
  { name: 'registration centres', path: '/regcenter', ready: waitForLevels },
  {
    name: 'supporting documents',
    path: '/document',
    ready: (p) => p.waitForSelector('[data-testid="document-type"]'),
  },
]

for (const { name, path, ready } of PAGES) {
  for (const lang of PAGE_LANGUAGES) {
    test(`requests: ${name} asks the API for each piece of its data once per load (${lang})`, async (t) => {
      const { page } = t
      // The language is chosen first (and remembered), so the counted load is a plain one.
      await openPage(t, path, lang)
      await ready(page)
      const asked = new Map<string, number>()
      const count = (request: HTTPRequest) => {
        const url = new URL(request.url())
        if (!url.pathname.startsWith('/resident/')) return
        const key = `${request.method()} ${url.pathname}${url.search}`
        asked.set(key, (asked.get(key) ?? 0) + 1)
      }
      page.on('request', count)
      await page.reload({ waitUntil: 'load' })
      await ready(page)
      await page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 })
      page.off('request', count)
      assert(asked.size > 0, `${path} asked the API for nothing`)
      const twice = [...asked].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`)
      assert(twice.length === 0, `${path} asked more than once: ${twice.join(', ')}`)
    })
  }
}
