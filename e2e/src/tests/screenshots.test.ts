import { assert } from '../checks.ts'
import { cityWithCentres, regionWithManyCentres } from '../fixtures.ts'
import { screenshotPath, takeScreenshot, test } from '../harness.ts'
import { withInbox } from '../mailbox.ts'
import { openPage } from '../portal.ts'
import { SEL, searchPlace, shownCentres } from '../regcenter.ts'
import { applicationId, resident } from '../residents.ts'
import { SEL as SERVICE, tickCaptchaByKeyboard, typeInto } from '../services.ts'

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

test('screenshot: Get my UIN code step in Arabic at 320 px, then its mail in the mailbox', async (t) => {
  const { page } = t
  const r = resident('card-ready-ara')
  const email = r.email as string
  await page.setViewport({ width: 320, height: 640 })
  await openPage(t, '/getuin', 'ara')
  await typeInto(page, 'getuin-id', r.uin)
  await tickCaptchaByKeyboard(page, 'getuin-id', 'ara')
  await withInbox(t.baseUrl, email, async (inbox) => {
    await page.focus('#getuin-id')
    await page.keyboard.press('Enter')
    await page.waitForSelector(SERVICE.otpSentTo, { visible: true })
    await inbox.nextCode()
  })
  const step = await takeScreenshot(page, screenshotPath(t.browserName, 'shot getuin code ara 320'))
  assert(step, 'the screenshot could not be taken')
  // The sentence with the masked contacts, close up.
  await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 2 })
  const sentTo = await page.$(SERVICE.otpSentTo)
  await sentTo?.screenshot({
    path: screenshotPath(t.browserName, 'shot getuin sent to ara 320') as `${string}.png`,
  })
  // The same message in the mailbox of an English page: its Arabic lines read right to left.
  await page.setViewport({ width: 900, height: 900 })
  await openPage(t, `/dev/mailbox?to=${encodeURIComponent(email)}`, 'eng')
  await page.waitForSelector('[data-testid="mailbox-list"] article', { visible: true })
  const mail = await takeScreenshot(page, screenshotPath(t.browserName, 'shot mailbox eng'))
  assert(mail, 'the screenshot could not be taken')
})

test('screenshot: an application in progress in Arabic at 320 px', async (t) => {
  const { page } = t
  await page.setViewport({ width: 320, height: 640 })
  await openPage(t, '/getuin', 'ara')
  await typeInto(page, 'getuin-id', applicationId('in-progress-uin-generation'))
  const typed = await takeScreenshot(page, screenshotPath(t.browserName, 'shot getuin aid ara 320'))
  assert(typed, 'the screenshot could not be taken')
  await tickCaptchaByKeyboard(page, 'getuin-id', 'ara')
  await page.focus('#getuin-id')
  await page.keyboard.press('Enter')
  await page.waitForSelector('[data-testid="getuin-status"]', { visible: true })
  const file = await takeScreenshot(
    page,
    screenshotPath(t.browserName, 'shot getuin status ara 320'),
  )
  assert(file, 'the screenshot could not be taken')
})
