import { assert } from '../checks.ts'
import { cityWithCentres, regionWithManyCentres } from '../fixtures.ts'
import { screenshotPath, takeScreenshot, test } from '../harness.ts'
import { openPage } from '../portal.ts'
import { SEL, searchPlace, shownCentres } from '../regcenter.ts'

// Screenshots for people to look at (e2e/screenshots/, git-ignored), besides those of failures.

test('screenshot: landing in Arabic at 320 px', async (t) => {
  const { page } = t
  await page.setViewport({ width: 320, height: 640 })
  await openPage(t, '/', 'ara')
  await page.waitForSelector('[data-testid="booking-links"]')
  const file = await takeScreenshot(page, screenshotPath(t.browserName, 'shot landing ara 320'))
  assert(file, 'the screenshot could not be taken')
})

test('screenshot: registration centre results in Tamil', async (t) => {
  const { page } = t
  const region = await regionWithManyCentres(t.baseUrl, 'tam')
  await openPage(t, '/regcenter', 'tam')
  await searchPlace(page, region.level.hierarchyLevelName, region.location.name)
  await page.waitForSelector(SEL.card)
  assert((await shownCentres(page)).length > 0, 'no centres shown in Tamil')
  const file = await takeScreenshot(page, screenshotPath(t.browserName, 'shot regcenter tam'))
  assert(file, 'the screenshot could not be taken')
})

test('screenshot: registration centre results in Arabic at 320 px', async (t) => {
  const { page } = t
  const city = await cityWithCentres(t.baseUrl, 'ara')
  await page.setViewport({ width: 320, height: 640 })
  await openPage(t, '/regcenter', 'ara')
  await searchPlace(page, city.level.hierarchyLevelName, city.location.name)
  await page.waitForSelector(SEL.card)
  const file = await takeScreenshot(page, screenshotPath(t.browserName, 'shot regcenter ara 320'))
  assert(file, 'the screenshot could not be taken')
})
