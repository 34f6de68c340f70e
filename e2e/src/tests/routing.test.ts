import { assert } from '../checks.ts'
import { test } from '../harness.ts'
import { mainHeading, portalText } from '../portal.ts'

test("routing: MOSIP's old hash links open the page they name", async (t) => {
  const { page } = t
  await t.goto('/#/regcenter')
  await page.waitForFunction(() => window.location.pathname === '/regcenter')
  assert(
    (await mainHeading(page)) === portalText('eng', 'regcenter.title'),
    'wrong page for /#/regcenter',
  )
  assert(new URL(page.url()).hash === '', `the hash stays in ${page.url()}`)
})

test('routing: following a link moves focus to the new page content', async (t) => {
  const { page } = t
  await t.goto('/')
  await mainHeading(page)
  await page.click('header nav a[href="/document"]')
  await page.waitForFunction(() => window.location.pathname === '/document')
  const heading = await mainHeading(page)
  assert(heading === portalText('eng', 'documents.title'), `heading after the link: "${heading}"`)
  const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase())
  assert(focused === 'main', `focus is on <${focused}>, not on the main content`)
  const title = await page.title()
  assert(title.startsWith(portalText('eng', 'documents.title')), `document title is "${title}"`)
})
