import type { HTTPResponse, Page } from 'puppeteer-core'
import { checkIsolatedLtr, checkLinesFollowTheirDirection } from '../bidi.ts'
import { assert, checkAxe, checkNoHorizontalScroll, htmlLang, waitForLangDir } from '../checks.ts'
import { test } from '../harness.ts'
import { codeIn, type Inbox, withInbox, wrongCode } from '../mailbox.ts'
import { keepSavedFiles, pdfText, savedFile, savesAsked } from '../pdf.ts'
import { openPage, PAGE_LANGUAGES, setLanguage } from '../portal.ts'
import { waitForLevels } from '../regcenter.ts'
import { applicationId, cardPassword, resident } from '../residents.ts'
import {
  assertMaskedEmail,
  checkEventId,
  checkOtpField,
  responseHeader as header,
  plain,
  SEL,
  sendOtp,
  sentencePattern,
  servicesText,
  shownText,
  submitNumber,
  tickCaptchaByKeyboard,
  typeInto,
  waitForStep,
} from '../services.ts'

/*
 * Get my UIN: a ready card downloaded after a one-time code read from the development mailbox,
 * applications still in progress or failed shown stage by stage, and a wrong code explained.
 */

const STEP = {
  form: ['.page-getuin form', 'getuin-form-heading'],
  otp: ['[data-testid="otp-entry"]', 'getuin-otp-heading'],
  status: ['[data-testid="getuin-status"]', 'getuin-status-heading'],
  done: ['[data-testid="getuin-done"]', 'getuin-done-heading'],
} as const

const STAGES = [
  'REQUEST_RECEIVED',
  'VALIDATION_STAGE',
  'VERIFICATION_STAGE',
  'UIN_GENERATION_STAGE',
  'CARD_READY_TO_DOWNLOAD',
] as const

/** "We sent a code to your phone … and to your email …" with both contacts masked. */
async function checkSentTo(page: Page, lang: string, phone: string, email: string) {
  const shown = await shownText(page, SEL.otpSentTo)
  const match = sentencePattern(lang, 'otp.sentBoth').exec(shown)
  assert(match, `the code step says "${shown}", not where both codes went`)
  const [, maskedPhone = '', maskedEmail = ''] = match
  assert(
    maskedPhone !== phone && maskedPhone.endsWith(phone.slice(-4)),
    `the phone is shown as "${maskedPhone}": not masked, or not its last four digits`,
  )
  assertMaskedEmail(maskedEmail, email)
  // Each masked contact is its own left-to-right element: in Arabic "******1851", never "1851******".
  await checkIsolatedLtr(page, SEL.otpSentTo, maskedPhone)
  await checkIsolatedLtr(page, SEL.otpSentTo, maskedEmail)
}

/** The card's answer: a PDF attachment named Get_my_UIN_….pdf with a 16-digit event id. */
function checkCardResponse(res: HTTPResponse): string {
  const type = header(res, 'content-type') ?? ''
  const disposition = header(res, 'content-disposition') ?? ''
  const eventId = header(res, 'eventid') ?? ''
  const what = `POST /download-card → ${res.status()} ${type}`
  assert(res.status() === 200, what)
  assert(/^application\/pdf\b/i.test(type), `${what}: not application/pdf`)
  assert(
    /^attachment\b/i.test(disposition) &&
      /filename\*?=(?:UTF-8'')?"?Get_my_UIN_[^"]*\.pdf"?/i.test(disposition),
    `${what}: Content-Disposition "${disposition}" names no Get_my_UIN_….pdf attachment`,
  )
  assert(/^[0-9]{16}$/.test(eventId), `${what}: eventId header "${eventId}" is not 16 digits`)
  return eventId
}

/** Reads the code from the development mailbox page in a second tab, as a demo user would. */
async function codeFromMailboxPage(
  page: Page,
  baseUrl: string,
  to: string,
  lang: string,
  inbox: Inbox,
): Promise<string> {
  const tab = await page.browserContext().newPage()
  try {
    await tab.setViewport({ width: 1280, height: 800 })
    await tab.goto(new URL(`/dev/mailbox?to=${encodeURIComponent(to)}`, baseUrl).href)
    await tab.waitForSelector('main h1', { visible: true })
    const shown = await tab.evaluate(() => document.documentElement.lang)
    if (shown !== htmlLang(lang)) await setLanguage(tab, lang)
    await waitForLangDir(tab, lang)
    const filter = await tab.$eval('#mailbox-filter', (el) => (el as HTMLInputElement).value)
    assert(filter === to, `the mailbox filter holds "${filter}", not the address in the link`)
    await tab.waitForSelector('[data-testid="mailbox-list"] article', { visible: true })
    // With messages listed (the page checks see it empty): accessible, and no sideways scroll.
    await checkAxe(tab)
    await checkNoHorizontalScroll(tab)
    const mails = await tab.$$eval('[data-testid="mailbox-list"] article', (articles) =>
      articles.map((a) => ({
        id: Number((a.getAttribute('aria-labelledby') ?? '').replace(/^mail-/, '')),
        to: (a.querySelector('bdi')?.textContent ?? '').trim(),
        body: a.querySelector('.mail-body')?.textContent ?? '',
      })),
    )
    assert(
      mails.every((m) => m.to.toLowerCase() === to.toLowerCase()),
      'the mailbox page shows messages to other recipients',
    )
    const fresh = mails.filter((m) => !inbox.seen.has(m.id))
    const code = fresh.map((m) => codeIn(m.body)).find(Boolean)
    assert(code, `the mailbox page shows no new message with a code (${fresh.length} new)`)
    // A message in Arabic and English: its Arabic lines start at the right, its English lines at
    // the left, whatever the page's own direction.
    const newest = `[data-testid="mailbox-list"] article[aria-labelledby="mail-${fresh[0]?.id}"]`
    await checkLinesFollowTheirDirection(tab, `${newest} .mail-body`)
    await checkIsolatedLtr(tab, newest, to)
    return code
  } finally {
    await tab.close().catch(() => {})
  }
}

/** A wrong code: the server says so, the page names the problem at the field and keeps it. */
async function checkWrongCode(page: Page, lang: string, code: string): Promise<void> {
  const wrong = await sendOtp(page, wrongCode(code), '/download-card')
  assert(wrong.status() === 200, `a wrong code answered HTTP ${wrong.status()}`)
  const selector = `${SEL.otpError} [data-testid="error-message"]`
  const message = await shownText(page, selector)
  const expected = servicesText(lang, 'errors.otpWrong')
  assert(message.includes(expected), `after a wrong code the page says "${message}"`)
  const field = await page.$eval(SEL.otp, (el) => ({
    invalid: el.getAttribute('aria-invalid'),
    describedBy: (el.getAttribute('aria-describedby') ?? '').split(/\s+/),
    focused: document.activeElement === el,
  }))
  assert(field.invalid === 'true', `the code field has aria-invalid="${field.invalid}"`)
  assert(field.describedBy.includes('otp-error'), 'the message is not linked to the field')
  assert(field.focused, 'focus did not return to the code field')
}

for (const lang of PAGE_LANGUAGES) {
  test(`getuin: card ready; a wrong code explained, the right one from the mailbox opens the PDF (${lang})`, async (t) => {
    const { page } = t
    const r = resident(lang === 'eng' ? 'card-ready-eng' : 'card-ready-ara')
    // English types the UIN, Arabic the VID: both lead to the same card.
    const id = lang === 'eng' ? r.uin : (r.vid?.vid ?? '')
    const { email, phone } = r
    assert(email && phone && id, 'the demo resident lacks an email, a phone or a VID')
    await keepSavedFiles(page)
    await openPage(t, '/getuin', lang)
    await typeInto(page, 'getuin-id', id)
    await tickCaptchaByKeyboard(page, 'getuin-id', lang)
    // The other browser may ask a code for the same person: one at a time until it is read.
    const code = await withInbox(t.baseUrl, email, async (inbox) => {
      await page.focus('#getuin-id')
      await page.keyboard.press('Enter')
      await waitForStep(page, ...STEP.otp)
      const fromApi = await inbox.nextCode()
      // Arabic reads it as a demo user would, on the development mailbox page.
      if (lang !== 'ara') return fromApi
      const fromPage = await codeFromMailboxPage(page, t.baseUrl, email, lang, inbox)
      assert(fromPage === fromApi, 'the mailbox page and the API show different codes')
      await page.bringToFront().catch(() => {})
      return fromPage
    })
    await checkSentTo(page, lang, phone, email)
    await checkOtpField(page, lang)
    await checkAxe(page)
    await checkWrongCode(page, lang, code)
    await checkAxe(page)

    // The wrong try did not spend the code: the right one downloads the card.
    const res = await sendOtp(page, code, '/download-card')
    const eventId = checkCardResponse(res)
    await waitForStep(page, ...STEP.done)
    await checkEventId(page, eventId)
    const eventIdDirection = await page.$eval(SEL.eventId, (el) => getComputedStyle(el).direction)
    assert(eventIdDirection === 'ltr', `the Event ID field is laid out ${eventIdDirection}`)
    const rule = await shownText(page, '[data-testid="password-rule"]')
    assert(rule.includes(servicesText(lang, 'done.password')), `the password rule reads "${rule}"`)
    await checkAxe(page)
    // The page offers the same file again, under the name the server gave it.
    const fileName = /filename="?([^";]+)/.exec(header(res, 'content-disposition') ?? '')?.[1]
    const again = await page.$eval('#getuin-save-again', (a) => ({
      href: (a as HTMLAnchorElement).href,
      download: a.getAttribute('download'),
    }))
    assert(again.href.startsWith('blob:'), `"save it now" points to ${again.href}`)
    assert(again.download === fileName, `"save it now" saves as "${again.download}"`)
    // The page asked the browser to save that file, once, by itself.
    const saves = await savesAsked(page)
    assert(
      saves.length === 1 && saves[0]?.href === again.href && saves[0]?.download === fileName,
      `the page asked to save ${JSON.stringify(saves.map((s) => s.download))}, not ${fileName}`,
    )
    // The file the page saved: the answer's bytes, encrypted, opening with the published rule.
    const bytes = await savedFile(page, again.href)
    const head = bytes.subarray(0, 5).toString('latin1')
    assert(head === '%PDF-', `the saved file (${bytes.length} bytes) starts "${head}", not %PDF-`)
    // Compared only when sent as is (a compressed answer's length is not the file's).
    const length = header(res, 'content-encoding') ? undefined : header(res, 'content-length')
    assert(
      length === undefined || Number(length) === bytes.length,
      `saved ${bytes.length} bytes of a ${length}-byte answer`,
    )
    const opened = await pdfText(bytes).then(
      () => true,
      () => false,
    )
    assert(!opened, 'the card opens without a password')
    const text = (await pdfText(bytes, cardPassword(r.uin))).replace(/\s+/g, '')
    assert(text.includes(r.uin), 'the card opened with its password does not show the UIN')
  })

  test(`getuin: an application in progress and a failed one, stage by stage (${lang})`, async (t) => {
    const { page } = t
    await openPage(t, '/getuin', lang)
    const aid = applicationId('in-progress-verification')
    await submitNumber(page, 'getuin-id', aid, lang)
    await waitForStep(page, ...STEP.status)
    // The number checked, repeated in the sentence, is one left-to-right piece.
    await checkIsolatedLtr(page, '[data-testid="getuin-checked-number"]', aid)
    assert(
      (await shownText(page, '#getuin-status-heading')) ===
        servicesText(lang, 'status.inProgressHeading'),
      'the heading does not say the application is being processed',
    )
    await checkStages(page, lang, 'VERIFICATION_STAGE', 'inProgress')
    await checkAxe(page)

    await page.click('#getuin-check-another')
    await waitForStep(page, ...STEP.form)
    await submitNumber(page, 'getuin-id', applicationId('application-failed'), lang)
    await page.waitForSelector(`${STEP.status[0]}[data-overall="failed"]`, { visible: true })
    assert(
      (await shownText(page, '#getuin-status-heading')) ===
        servicesText(lang, 'status.failedHeading'),
      'the heading does not say the application failed',
    )
    await checkStages(page, lang, 'VALIDATION_STAGE', 'failed')
    const failure = await shownText(page, '[data-testid="getuin-failure"]')
    const reason = servicesText(lang, 'status.reason.DOCUMENT_REJECTED')
    assert(failure.includes(reason), `the failure reads "${failure}", not "${reason}"`)
    const link = await page.$eval('[data-testid="getuin-failure"] a[href]', (a) => ({
      path: new URL((a as HTMLAnchorElement).href).pathname,
      text: (a.textContent ?? '').trim(),
    }))
    assert(link.path === '/regcenter', `the failure links to ${link.path}, not /regcenter`)
    assert(link.text === servicesText(lang, 'status.findCentre'), `the link reads "${link.text}"`)
    await checkAxe(page)
    await page.click('[data-testid="getuin-failure"] a[href]')
    await waitForLevels(page)
    assert(new URL(page.url()).pathname === '/regcenter', `the link led to ${page.url()}`)
  })
}

/** Every stage has its state in words; exactly one is the current step. */
async function checkStages(page: Page, lang: string, current: string, state: string) {
  const items = await page.$$eval('[data-testid="stage-tracker"] > li', (lis) =>
    lis.map((li) => ({
      current: li.getAttribute('aria-current'),
      name: li.querySelector('.stage-name')?.textContent ?? '',
      state: li.querySelector('.stage-state')?.textContent ?? '',
    })),
  )
  assert(items.length === STAGES.length, `the tracker lists ${items.length} stages`)
  const at = STAGES.indexOf(current as (typeof STAGES)[number])
  items.forEach((item, i) => {
    const name = servicesText(lang, `stages.${STAGES[i]}`)
    const expectedState = i < at ? 'done' : i === at ? state : 'notStarted'
    const stateText = servicesText(lang, `stages.state.${expectedState}`)
    assert(plain(item.name) === name, `stage ${i + 1} is named "${item.name}", not "${name}"`)
    assert(
      plain(item.state) === stateText,
      `stage "${name}" says "${item.state}", expected "${stateText}"`,
    )
    const isCurrent = item.current === 'step'
    assert(isCurrent === (i === at), `stage "${name}" aria-current="${item.current}"`)
  })
}

/** The field's whole value is visible: nothing scrolled out of its box. */
async function checkValueFits(page: Page, selector: string) {
  const box = await page.$eval(selector, (el) => {
    const input = el as HTMLInputElement
    return { value: input.value, scrollWidth: input.scrollWidth, clientWidth: input.clientWidth }
  })
  assert(
    box.scrollWidth <= box.clientWidth,
    `${selector} holding "${box.value}" scrolls: ${box.scrollWidth} px of text in ${box.clientWidth} px`,
  )
}

/** The element is wholly inside the viewport's width. */
async function checkWithinViewport(page: Page, selector: string) {
  const rect = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect()
    return { left: r.left, right: r.right, width: window.innerWidth }
  })
  assert(
    rect.left >= -0.5 && rect.right <= rect.width + 0.5,
    `${selector} spans ${Math.round(rect.left)}…${Math.round(rect.right)} in a ${rect.width} px window`,
  )
}

for (const lang of PAGE_LANGUAGES) {
  test(`getuin: a 29-digit AID fits its field and its status at 320 px (${lang})`, async (t) => {
    const { page } = t
    await page.setViewport({ width: 320, height: 640 })
    await openPage(t, '/getuin', lang)
    const aid = applicationId('in-progress-uin-generation')
    assert(aid.length === 29, `the demo AID has ${aid.length} digits`)
    await typeInto(page, 'getuin-id', aid)
    await checkValueFits(page, '#getuin-id')
    await checkNoHorizontalScroll(page)
    await tickCaptchaByKeyboard(page, 'getuin-id', lang)
    await page.focus('#getuin-id')
    await page.keyboard.press('Enter')
    await waitForStep(page, ...STEP.status)
    await checkIsolatedLtr(page, '[data-testid="getuin-checked-number"]', aid)
    await checkWithinViewport(page, '[data-testid="getuin-checked-number"] bdi')
    await checkNoHorizontalScroll(page)
    await checkAxe(page)
  })
}
