import { assert } from '../checks.ts'
import { test } from '../harness.ts'
import { mainHeading, openPage, PAGE_LANGUAGES, portalText } from '../portal.ts'

for (const lang of PAGE_LANGUAGES) {
  test(`landing: service tiles, no dead links for services not built yet (${lang})`, async (t) => {
    const { page } = t
    await openPage(t, '/', lang)
    await page.waitForSelector('[data-testid="booking-links"]')
    const tiles = await page.$$eval('[data-testid^="tile-"]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-testid') ?? '',
        title: el.querySelector('h2')?.textContent?.trim() ?? '',
        comingSoon: el.querySelector('[data-testid="coming-soon"]')?.textContent?.trim() ?? null,
        links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    )
    assert(tiles.length >= 5, `expected at least 5 service tiles, found ${tiles.length}`)
    for (const tile of tiles) {
      assert(tile.title, `${tile.id} has no heading text`)
      if (tile.comingSoon === null) {
        assert(
          tile.links.length > 0,
          `${tile.id} is neither available (no link) nor marked as coming soon`,
        )
        continue
      }
      assert(
        tile.comingSoon === portalText(lang, 'common.comingSoon'),
        `${tile.id}: "${tile.comingSoon}"`,
      )
      assert(
        tile.links.length === 0,
        `${tile.id} is not built yet but links to ${tile.links.join(', ')}`,
      )
    }
    for (const tile of tiles) {
      for (const href of tile.links)
        assert(href && href !== '#', `${tile.id} has a link without a target`)
    }
  })

  test(`landing: appointment links open the configured pre-registration portal (${lang})`, async (t) => {
    const { page } = t
    await openPage(t, '/', lang)
    await page.waitForSelector('[data-testid="booking-links"] a')
    const hrefs = await page.$$eval('[data-testid="booking-links"] a', (as) =>
      as.map((a) => a.href),
    )
    assert(hrefs.length > 0, 'no appointment links')
    const expected = new URL(t.preRegistrationUrl)
    for (const href of hrefs) {
      const url = new URL(href)
      assert(
        url.origin === expected.origin && url.pathname === expected.pathname,
        `appointment link ${href} does not point at ${t.preRegistrationUrl}`,
      )
      assert(
        url.hash === `#/${lang}`,
        `appointment link ${href} should open pre-registration in ${lang}`,
      )
    }
  })
}

test('landing: every internal link opens a real page', async (t) => {
  const { page, baseUrl } = t
  await openPage(t, '/', 'eng')
  const links = await page.$$eval('main a[href], header a[href]', (as) =>
    as.map((a) => a.href).filter((href) => href.startsWith(window.location.origin)),
  )
  const notFound = portalText('eng', 'notFound.title')
  for (const href of new Set(links)) {
    if (new URL(href).hash === '#main') continue
    await t.goto(new URL(href).pathname)
    const heading = await mainHeading(page)
    assert(heading !== notFound, `internal link ${href} leads to the not-found page`)
  }
  assert(links.length > 0, `no internal links on ${baseUrl}/`)
})
