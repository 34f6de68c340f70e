import { assert, checkLangDir, waitForLangDir } from '../checks.ts'
import { test } from '../harness.ts'
import { mainHeading, openPage, portalText, setLanguage } from '../portal.ts'

declare global {
  interface Window {
    __e2eSamePage?: boolean
  }
}

test('language switcher: Arabic flips to rtl and French shows French, without a reload', async (t) => {
  const { page } = t
  await openPage(t, '/', 'eng')
  await checkLangDir(page, 'eng')
  assert((await mainHeading(page)) === portalText('eng', 'home.title'), 'English heading missing')
  await page.evaluate(() => {
    window.__e2eSamePage = true
  })

  await setLanguage(page, 'ara')
  const arabic = portalText('ara', 'home.title')
  await page.waitForFunction(
    (h: string) => document.querySelector('main h1')?.textContent?.trim() === h,
    {},
    arabic,
  )
  assert(
    await page.evaluate(() => window.__e2eSamePage === true),
    'switching to Arabic reloaded the page',
  )

  await setLanguage(page, 'fra')
  const french = portalText('fra', 'home.title')
  await page.waitForFunction(
    (h: string) => document.querySelector('main h1')?.textContent?.trim() === h,
    {},
    french,
  )
  const nav = await page.$eval('header nav', (n) => n.textContent ?? '')
  assert(
    nav.includes(portalText('fra', 'documents.title')),
    `navigation is not in French: "${nav}"`,
  )
  assert(
    await page.evaluate(() => window.__e2eSamePage === true),
    'switching to French reloaded the page',
  )
})

test('language switcher: the choice survives a reload and other pages', async (t) => {
  const { page } = t
  await openPage(t, '/', 'ara')
  await page.reload({ waitUntil: 'load' })
  await waitForLangDir(page, 'ara')
  assert(
    (await mainHeading(page)) === portalText('ara', 'home.title'),
    'Arabic was not remembered on reload',
  )
  await t.goto('/document')
  await waitForLangDir(page, 'ara')
  assert(
    (await mainHeading(page)) === portalText('ara', 'documents.title'),
    'Arabic was not kept on another page',
  )
})
