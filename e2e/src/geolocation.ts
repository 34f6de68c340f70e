import type { Page } from 'puppeteer-core'
import type { TestContext } from './harness.ts'

declare global {
  interface Window {
    __e2eGeoCalls?: number
  }
}

/**
 * Counts requests for the position (getCurrentPosition / watchPosition) from the first script of
 * every document on, by wrapping the Geolocation prototype in a preload script.
 */
export async function countGeolocationRequests(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    window.__e2eGeoCalls = 0
    const proto = Geolocation.prototype
    const get = proto.getCurrentPosition
    const watch = proto.watchPosition
    proto.getCurrentPosition = function (
      this: Geolocation,
      ...args: Parameters<Geolocation['getCurrentPosition']>
    ) {
      window.__e2eGeoCalls = (window.__e2eGeoCalls ?? 0) + 1
      return get.apply(this, args)
    }
    proto.watchPosition = function (
      this: Geolocation,
      ...args: Parameters<Geolocation['watchPosition']>
    ) {
      window.__e2eGeoCalls = (window.__e2eGeoCalls ?? 0) + 1
      return watch.apply(this, args)
    }
  })
}

export function geolocationRequests(page: Page): Promise<number> {
  return page.evaluate(() => window.__e2eGeoCalls ?? -1)
}

/** Emulates the device position and grants the portal's origin the geolocation permission. */
export async function emulatePosition(
  t: TestContext,
  latitude: number,
  longitude: number,
): Promise<void> {
  await t.context.overridePermissions(t.baseUrl, ['geolocation'])
  await t.page.setGeolocation({ latitude, longitude, accuracy: 10 })
}
