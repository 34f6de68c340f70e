import type { Page } from 'puppeteer-core'
import {
  checkAxe,
  checkKeyboardReachesAll,
  checkLangDir,
  checkNoHorizontalScroll,
} from '../checks.ts'
import { test } from '../harness.ts'
import { openPage, PAGE_LANGUAGES } from '../portal.ts'
import { waitForLevels } from '../regcenter.ts'
import { servicesText } from '../services.ts'

/** Every page, with what "loaded" means for it. */
const PAGES: { name: string; path: string; ready(page: Page): Promise<unknown> }[] = [
  { name: 'landing', path: '/', ready: (p) => p.waitForSelector('[data-testid="booking-links"]') },
  { name: 'registration centres', path: '/regcenter', ready: waitForLevels },
  {
    name: 'supporting documents',
    path: '/document',
    ready: (p) => p.waitForSelector('[data-testid="document-type"]'),
  },
  { name: 'get my UIN', path: '/getuin', ready: (p) => p.waitForSelector('#getuin-id') },
  { name: 'verify contact', path: '/verify', ready: (p) => p.waitForSelector('#verify-id') },
  {
    // Where notification links lead (MOSIP's path); tracking itself needs login, next.
    name: 'track a request',
    path: '/uinservices/trackservicerequest?eid=2977484274737649',
    ready: (p) => p.waitForSelector('[data-testid="track-request"] [data-testid="coming-soon"]'),
  },
  {
    name: 'development mailbox',
    path: '/dev/mailbox',
    // Loaded once the status says how many messages there are (not "Loading…").
    ready: (p) =>
      p.waitForFunction(
        (loading: string[]) => {
          const status = document.querySelector('[data-testid="mailbox-status"]')
          const text = (status?.textContent ?? '').trim()
          return text !== '' && !loading.includes(text)
        },
        {},
        PAGE_LANGUAGES.map((lang) => servicesText(lang, 'mailbox.loading')),
      ),
  },
  {
    name: 'not found',
    path: '/no-such-page',
    ready: (p) => p.waitForSelector('[data-testid="not-found"]'),
  },
]

for (const { name, path, ready } of PAGES) {
  for (const lang of PAGE_LANGUAGES) {
    test(`${name}: accessible, reflows at 320 px, keyboard reaches every control (${lang})`, async (t) => {
      const { page } = t
      await openPage(t, path, lang)
      await ready(page)
      await checkLangDir(page, lang)
      await checkAxe(page)
      await checkKeyboardReachesAll(page)
      await checkNoHorizontalScroll(page)
      // The narrow layout is a layout of its own: check it too.
      await page.setViewport({ width: 320, height: 640 })
      await checkAxe(page)
    })
  }
}
