import type { Page } from 'puppeteer-core'
import { checkIsolatedLtr } from '../bidi.ts'
import { assert, checkAxe } from '../checks.ts'
import { test } from '../harness.ts'
import { codeIn, withInbox, wrongCode } from '../mailbox.ts'
import { openPage, PAGE_LANGUAGES } from '../portal.ts'
import { waitForLevels } from '../regcenter.ts'
import { resident, verifyEmailResident } from '../residents.ts'
import {
  assertMaskedEmail,
  checkEventId,
  checkOtpField,
  responseHeader,
  SEL,
  sendOtp,
  sentencePattern,
  servicesText,
  shownText,
  submitNumber,
  waitForStep,
} from '../services.ts'

/*
 * Verify phone number / email: an email verified with a code from the development mailbox, the
 * same email then reported as already verified, and a phone that was never registered.
 */

const STEP = {
  form: ['.page-verify form', 'verify-form-heading'],
  otp: ['[data-testid="otp-entry"]', 'verify-otp-heading'],
} as const

const resultStep = (kind: 'done' | 'already' | 'noContact') =>
  [`[data-testid="verify-${kind}"]`, 'verify-result-heading'] as const

/** Chooses the channel by its label, types the number, ticks the captcha, sends with Enter. */
async function submitForm(page: Page, channel: 'phone' | 'email', id: string, lang: string) {
  await page.click(`label[for="verify-channel-${channel}"]`)
  assert(
    await page.$eval(`#verify-channel-${channel}`, (el) => (el as HTMLInputElement).checked),
    `choosing "${channel}" by its label did not select it`,
  )
  await submitNumber(page, 'verify-id', id, lang)
}

/** The sentence names the email, masked: its domain kept, part of its name hidden. */
async function checkMaskedEmail(page: Page, selector: string, pattern: RegExp, email: string) {
  const shown = await shownText(page, selector)
  const masked = pattern.exec(shown)?.[1]
  assert(masked, `"${shown}" does not match ${pattern}`)
  assertMaskedEmail(masked, email)
  await checkIsolatedLtr(page, selector, masked)
}

for (const lang of PAGE_LANGUAGES) {
  test(`verify: an email verified with a code, then said to be already verified (${lang})`, async (t) => {
    const { page } = t
    // Verifying changes the resident: each browser and language has one of its own.
    const r = verifyEmailResident(t.browserName, lang)
    const email = r.email as string
    await openPage(t, '/verify', lang)
    await withInbox(t.baseUrl, email, async (inbox) => {
      await submitForm(page, 'email', r.uin, lang)
      await waitForStep(page, ...STEP.otp)
      const intro = await shownText(page, '.page-verify .step > p')
      const expectedIntro = servicesText(lang, 'verify.otpIntroEmail')
      assert(intro === expectedIntro, `the code step says "${intro}", not "${expectedIntro}"`)
      await checkMaskedEmail(page, SEL.otpSentTo, sentencePattern(lang, 'otp.sentEmail'), email)
      await checkOtpField(page, lang)
      await checkAxe(page)

      // A wrong code: /validate-otp answers every failed check with RES-SER-422, which cannot
      // tell a wrong code from an expired one; the page says so plainly, at the field.
      const code = await inbox.nextCode()
      const wrong = await sendOtp(page, wrongCode(code), '/validate-otp')
      assert(wrong.status() === 200, `a wrong code answered HTTP ${wrong.status()}`)
      const refused = await shownText(page, `${SEL.otpError} [data-testid="error-message"]`)
      const expected = servicesText(lang, 'errors.otpRejected')
      assert(refused.includes(expected), `after a wrong code the page says "${refused}"`)

      const res = await sendOtp(page, code, '/validate-otp')
      assert(res.status() === 200, `POST /validate-otp answered HTTP ${res.status()}`)
      const eventId = responseHeader(res, 'eventid')
      assert(eventId && /^[0-9]{16}$/.test(eventId), `the eventId header is "${eventId}"`)
      await waitForStep(page, ...resultStep('done'))
      const heading = await shownText(page, '#verify-result-heading')
      assert(heading === servicesText(lang, 'verify.doneHeading'), `the result says "${heading}"`)
      await checkMaskedEmail(
        page,
        '[data-testid="verify-result-text"]',
        sentencePattern(lang, 'verify.doneEmail'),
        email,
      )
      await checkEventId(page, eventId)
      await checkAxe(page)

      // The same email again: nothing to do, said plainly, and no new code is sent.
      await page.click('#verify-another')
      await waitForStep(page, ...STEP.form)
      await submitForm(page, 'email', r.uin, lang)
      await waitForStep(page, ...resultStep('already'))
      const again = await shownText(page, '#verify-result-heading')
      assert(
        again === servicesText(lang, 'verify.alreadyHeading'),
        `a verified email is reported as "${again}"`,
      )
      await checkMaskedEmail(
        page,
        '[data-testid="verify-result-text"]',
        sentencePattern(lang, 'verify.alreadyEmail'),
        email,
      )
      await checkAxe(page)
      const codes = (await inbox.newMessages()).filter((m) => codeIn(m.body))
      assert(codes.length === 1, `${codes.length} codes were sent for one verification`)
    })
  })

  test(`verify: a phone never registered is said so, with the way to a centre (${lang})`, async (t) => {
    const { page } = t
    const r = resident('email-only')
    await openPage(t, '/verify', lang)
    await submitForm(page, 'phone', r.uin, lang)
    await waitForStep(page, ...resultStep('noContact'))
    const heading = await shownText(page, '#verify-result-heading')
    assert(heading === servicesText(lang, 'verify.noPhoneHeading'), `the result says "${heading}"`)
    const text = await shownText(page, '[data-testid="verify-result-text"]')
    assert(text === servicesText(lang, 'verify.noPhone'), `the result reads "${text}"`)
    const link = await page.$eval('[data-testid="verify-noContact"] a[href]', (a) => ({
      path: new URL((a as HTMLAnchorElement).href).pathname,
      text: (a.textContent ?? '').trim(),
    }))
    assert(link.path === '/regcenter', `the result links to ${link.path}, not /regcenter`)
    assert(link.text === servicesText(lang, 'verify.findCentre'), `the link reads "${link.text}"`)
    assert(!(await page.$(SEL.otp)), 'a code field is offered although no phone is registered')
    await checkAxe(page)
    await page.click('[data-testid="verify-noContact"] a[href]')
    await waitForLevels(page)
  })
}
