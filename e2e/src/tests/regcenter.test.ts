import { Api } from '../api.ts'
import { assert, checkAxe, checkKeyboardReachesAll, checkNoHorizontalScroll } from '../checks.ts'
import { cityWithCentres, regionWithManyCentres } from '../fixtures.ts'
import { test } from '../harness.ts'
import { openPage, portalText, setLanguage } from '../portal.ts'
import {
  assertCardDetails,
  chooseLevel,
  SEL,
  searchPlace,
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
  await searchPlace(page, region.level.hierarchyLevelName, name)

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
  await searchPlace(page, region.level.hierarchyLevelName, 'Zzqx no such place')
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

test('regcenter: a language switch keeps the results, now in Arabic (eng → ara)', async (t) => {
  const { page } = t
  const api = new Api(t.baseUrl)
  const region = await regionWithManyCentres(t.baseUrl, 'eng')
  const level = region.level.hierarchyLevel
  const name = region.location.name
  const english = await api.centrePage('eng', level, name, 0, 10)
  // The same English name, matched in English, answered in Arabic.
  const arabic = await api.centrePage('ara', level, name, 0, 10, 'eng')
  const arabic2 = await api.centrePage('ara', level, name, 1, 10, 'eng')
  assert(
    arabic.totalItems === english.totalItems,
    `the API finds ${arabic.totalItems} centres for "${name}" in Arabic, ${english.totalItems} in English`,
  )

  await openPage(t, '/regcenter', 'eng')
  await searchPlace(page, region.level.hierarchyLevelName, name)
  const before = await waitForCentres(page, english.data)
  const url = new URL(page.url())
  assert(url.searchParams.get('in') === 'eng', `the URL does not keep the text's language: ${url}`)

  await setLanguage(page, 'ara')
  const after = await waitForCentres(page, arabic.data)
  assert(
    after.length === before.length,
    `${before.length} centres before the switch, ${after.length} after`,
  )
  assert(
    after.some((card) => /\p{Script=Arabic}/u.test(card.name)),
    `the centres are not shown in Arabic: ${after.map((c) => c.name).join(', ')}`,
  )
  const { status, pages, expected } = await page.evaluate(
    (statusSel: string, pageSel: string, total: number, totalPages: number) => {
      const format = new Intl.NumberFormat(document.documentElement.lang)
      return {
        status: document.querySelector(statusSel)?.textContent ?? '',
        pages: document.querySelector(pageSel)?.textContent ?? '',
        expected: { total: format.format(total), pages: format.format(totalPages) },
      }
    },
    SEL.status,
    SEL.pageStatus,
    english.totalItems,
    english.totalPages,
  )
  assert(status.includes(expected.total), `status "${status}" lacks the count ${expected.total}`)
  assert(pages.includes(expected.pages), `"${pages}" lacks the page count ${expected.pages}`)
  const kept = new URL(page.url()).searchParams
  assert(
    kept.get('text') === name && kept.get('in') === 'eng',
    `after the switch the URL is ${page.url()}`,
  )
  await checkAxe(page)

  // Paging on still matches the English name.
  await page.click(SEL.next)
  await waitForCentres(page, arabic2.data)
})

test('regcenter: a page past the end opens the last page instead (eng)', async (t) => {
  const { page } = t
  const api = new Api(t.baseUrl)
  const region = await regionWithManyCentres(t.baseUrl, 'eng')
  const name = region.location.name
  const last = region.totalPages
  const lastPage = await api.centrePage('eng', region.level.hierarchyLevel, name, last - 1, 10)

  await openPage(t, '/regcenter', 'eng')
  const entries = await page.evaluate(() => window.history.length)
  // An old link: past the end, and without the language of the text.
  const query = new URLSearchParams({
    level: String(region.level.hierarchyLevel),
    text: name,
    page: String(last + 6),
    size: '10',
  })
  await t.goto(`/regcenter?${query}`)
  await page.waitForFunction(
    (want: string) => new URL(window.location.href).searchParams.get('page') === want,
    {},
    String(last),
  )
  const shown = await waitForCentres(page, lastPage.data)
  assertCardDetails(shown, lastPage.data)
  const status = await page.$eval(SEL.pageStatus, (el) => el.textContent?.trim() ?? '')
  const want = portalText('eng', 'centres:pagination.status')
    .replace(/\{\{page[^}]*\}\}/, String(last))
    .replace(/\{\{total[^}]*\}\}/, String(last))
  assert(status === want, `page status "${status}", expected "${want}"`)
  assert(
    await page.$eval(SEL.next, (b) => (b as HTMLButtonElement).disabled),
    '"next" is enabled on the last page',
  )
  // Corrected in place: the link's own entry was replaced, not followed by another one.
  assert(
    (await page.evaluate(() => window.history.length)) === entries + 1,
    'the correction added a history entry instead of replacing the address',
  )
  // Once found, the text's language is kept in the address.
  await page.waitForFunction(() => new URL(window.location.href).searchParams.get('in') === 'eng')
})
