import { assert } from '../checks.ts'
import { test } from '../harness.ts'
import { mainHeading, openPage, PAGE_LANGUAGES, portalText } from '../portal.ts'

for (const lang of PAGE_LANGUAGES) {
  test(`not found: unknown paths say so and lead home (${lang})`, async (t) => {
    const { page } = t
    await openPage(t, '/no/such/page', lang)
    await page.waitForSelector('[data-testid="not-found"]')
    const heading = await mainHeading(page)
    assert(heading === portalText(lang, 'notFound.title'), `not-found heading is "${heading}"`)
    const home = await page.$$eval('[data-testid="not-found"] a[href]', (as) =>
      as.map((a) => new URL(a.href).pathname),
    )
    assert(home.includes('/'), `the not-found page has no link home (links: ${home.join(', ')})`)
  })
}
