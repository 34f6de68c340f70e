import { Api } from '../api.ts'
import { assert, checkAxe, checkKeyboardReachesAll, checkNoHorizontalScroll } from '../checks.ts'
import { cityWithCentres, regionWithManyCentres } from '../fixtures.ts'
import { test } from '../harness.ts'
import { openPage } from '../portal.ts'
import {
  assertCardDetails,
  chooseLevel,
  SEL,
  shownCentres,
  typePlace,
  waitForCentres,
} from '../regcenter.ts'

test('regcenter: search by region shows centre cards and pages to page 2 (eng)', async (t) => {
  const { page } = t
  const api = new Api(t.baseUrl)
  const region = await regionWithManyCentres(t.baseUrl, 'eng')
  const name = region.location.name
  const first = await api.centrePage('eng', region.level.hierarchyLevel, name, 0, 10)
  const second = await api.centrePage('eng', region.level.hierarchyLevel, name, 1, 10)

  await openPage(t, '/regcenter', 'eng')
  await chooseLevel(page, region.level.hierarchyLevelName)
  await typePlace(page, name)
  await page.click(SEL.submit)

  const shown = await waitForCentres(page, first.data)
  assertCardDetails(shown, first.data)
  for (const card of shown)
    assert(/\p{Nd}/u.test(card.hours), `${card.name}: hours "${card.hours}" have no time`)
  const status = await page.$eval(SEL.pageStatus, (el) => el.textContent?.trim() ?? '')
  assert(
    status.includes(String(region.totalPages)),
    `page status "${status}" lacks the page count ${region.totalPages}`,
  )
  await checkAxe(page)
  await checkNoHorizontalScroll(page)

  await page.click(SEL.next)
  const shown2 = await waitForCentres(page, second.data)
  assertCardDetails(shown2, second.data)
  assert(new URL(page.url()).searchParams.get('page') === '2', `URL after "next" is ${page.url()}`)
  const focused = await page.evaluate(() => document.activeElement?.id ?? '')
  assert(
    focused === 'results-heading',
    `after "next" focus is on "${focused}", not the results heading`,
  )
  assert(
    !(await page.$eval(SEL.previous, (b) => (b as HTMLButtonElement).disabled)),
    '"previous" is disabled on page 2',
  )

  await page.click(SEL.previous)
  await waitForCentres(page, first.data)

  const bigger = await api.centrePage('eng', region.level.hierarchyLevel, name, 0, 20)
  await page.select('[data-testid="page-size"]', '20')
  await waitForCentres(page, bigger.data)
})

test('regcenter: search by city in Arabic with an Arabic name (ara)', async (t) => {
  const { page } = t
  const api = new Api(t.baseUrl)
  const city = await cityWithCentres(t.baseUrl, 'ara')
  assert(
    /\p{Script=Arabic}/u.test(city.location.name),
    `the Arabic city name "${city.location.name}" is not Arabic`,
  )
  const expected = await api.centrePage('ara', city.level.hierarchyLevel, city.location.name, 0, 10)

  await openPage(t, '/regcenter', 'ara')
  await chooseLevel(page, city.level.hierarchyLevelName)
  await typePlace(page, city.location.name)
  await page.keyboard.press('Enter')

  const shown = await waitForCentres(page, expected.data)
  assertCardDetails(shown, expected.data)
  await checkAxe(page)
  await checkNoHorizontalScroll(page)
  await checkKeyboardReachesAll(page)
})

test('regcenter: a search that finds nothing says so (eng)', async (t) => {
  const { page } = t
  const region = await regionWithManyCentres(t.baseUrl, 'eng')
  await openPage(t, '/regcenter', 'eng')
  await chooseLevel(page, region.level.hierarchyLevelName)
  await typePlace(page, 'Zzqx no such place')
  await page.click(SEL.submit)
  await page.waitForFunction(
    (sel: string) =>
      (document.querySelector(sel)?.textContent ?? '').includes('Zzqx no such place'),
    {},
    SEL.status,
  )
  assert((await shownCentres(page)).length === 0, 'cards shown for a place that does not exist')
  assert(
    !(await page.$('[data-testid="error-message"]')),
    'a search without results shows an error',
  )
})
