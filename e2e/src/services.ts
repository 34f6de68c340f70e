import type { HTTPResponse, Page } from 'puppeteer-core'
import { assert } from './checks.ts'
import { localeString } from './portal.ts'

/** Helpers for the Get my UIN and Verify pages (ids are the portal's, linked to their labels). */

export const SEL = {
  captcha: '[data-testid="captcha"]',
  captchaBox: '#captcha-check',
  captchaStatus: '#captcha-status',
  otp: '#otp',
  otpSentTo: '[data-testid="otp-sent-to"]',
  otpError: '#otp-error',
  eventId: '#event-id',
} as const

/**
 * The portal's `services` string `key` (dotted) in `lang`, read from its source, with plain
 * `{{name}}` values filled in (pass only values that need no number formatting).
 */
export function servicesText(lang: string, key: string, values: Record<string, string> = {}) {
  const text = localeString(`services/services.${lang}.json`, key)
  if (text === undefined) throw new Error(`no services string "${key}" in ${lang}`)
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole)
}

/** Text as read: direction isolates dropped, white space collapsed. */
export function plain(text: string): string {
  return text
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The plain text of the first element matching `selector`, once it is visible. */
export async function shownText(page: Page, selector: string): Promise<string> {
  const el = await page.waitForSelector(selector, { visible: true })
  if (!el) throw new Error(`nothing matches ${selector}`)
  return plain(await el.evaluate((e) => e.textContent ?? ''))
}

/** Types a number into the field with this id, as keystrokes, after clearing it. */
export async function typeInto(page: Page, id: string, value: string): Promise<void> {
  const sel = `#${id}`
  await page.waitForSelector(sel, { visible: true })
  await page.$eval(sel, (el) => (el as HTMLInputElement).select())
  await page.keyboard.press('Backspace')
  await page.type(sel, value)
  const typed = await page.$eval(sel, (el) => (el as HTMLInputElement).value)
  assert(typed === value, `typed ${value.length} characters into #${id}; it holds "${typed}"`)
}

/** The id of the focused element. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '')
}

/**
 * "I'm not a robot" with the keyboard alone: Tab from the field `fromId` to the checkbox, press
 * Space, and wait until the page says in words that the check passed.
 */
export async function tickCaptchaByKeyboard(page: Page, fromId: string, lang: string) {
  await page.focus(`#${fromId}`)
  for (let i = 0; i < 8 && (await focusedId(page)) !== 'captcha-check'; i++) {
    await page.keyboard.press('Tab')
  }
  assert(
    (await focusedId(page)) === 'captcha-check',
    `Tab from #${fromId} did not reach the captcha checkbox (focus on #${await focusedId(page)})`,
  )
  // ' ' is the space bar in both protocols ('Space' is CDP-only).
  await page.keyboard.press(' ')
  await page.waitForSelector(`${SEL.captcha}[data-status="verified"]`, { timeout: 30_000 })
  const status = await shownText(page, SEL.captchaStatus)
  const expected = servicesText(lang, 'captcha.verified')
  assert(status === expected, `the captcha says "${status}", expected "${expected}"`)
  assert(
    await page.$eval(SEL.captchaBox, (el) => (el as HTMLInputElement).checked),
    'the captcha box is not ticked after the check passed',
  )
}

/**
 * Types a number into the field `#fieldId`, ticks the captcha with the keyboard unless it is
 * already ticked, and sends the form with Enter.
 */
export async function submitNumber(page: Page, fieldId: string, value: string, lang: string) {
  await typeInto(page, fieldId, value)
  const status = await page.$eval(SEL.captcha, (el) => el.getAttribute('data-status'))
  if (status !== 'verified') await tickCaptchaByKeyboard(page, fieldId, lang)
  await page.focus(`#${fieldId}`)
  await page.keyboard.press('Enter')
}

/** Waits for a step's section and checks that focus moved to its heading (step changes are in place). */
export async function waitForStep(page: Page, selector: string, headingId: string) {
  await page.waitForSelector(selector, { visible: true, timeout: 20_000 })
  await page.waitForFunction((id: string) => document.activeElement?.id === id, {}, headingId)
}

/** The one-time code field: labelled, numeric keyboard, offered for autofill from an SMS/email. */
export async function checkOtpField(page: Page, lang: string): Promise<void> {
  const field = await page.$eval(SEL.otp, (el) => {
    const input = el as HTMLInputElement
    return {
      autocomplete: input.getAttribute('autocomplete'),
      inputmode: input.getAttribute('inputmode'),
      label: input.labels?.[0]?.textContent ?? '',
    }
  })
  assert(field.autocomplete === 'one-time-code', `autocomplete="${field.autocomplete}"`)
  assert(field.inputmode === 'numeric', `inputmode="${field.inputmode}"`)
  const label = servicesText(lang, 'otp.label')
  assert(
    plain(field.label) === label,
    `the code field is labelled "${field.label}", expected "${label}"`,
  )
}

/** Types the code and sends it with Enter; resolves with the answer to the POST to `path`. */
export async function sendOtp(page: Page, code: string, path: string): Promise<HTTPResponse> {
  await typeInto(page, 'otp', code)
  const answer = page.waitForResponse(
    (r) => new URL(r.url()).pathname === `/resident/v1${path}` && r.request().method() === 'POST',
    { timeout: 20_000 },
  )
  await page.keyboard.press('Enter')
  return answer
}

/** A header of an answer, by its name in any case. */
export function responseHeader(r: HTTPResponse, name: string): string | undefined {
  return Object.entries(r.headers()).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]
}

/** An email as the page shows it: masked (part of its name hidden), its domain kept. */
export function assertMaskedEmail(masked: string, email: string): void {
  assert(
    masked !== email && masked.endsWith(email.slice(email.indexOf('@'))) && /[X*]/.test(masked),
    `the email is shown as "${masked}": not masked, or not its domain`,
  )
}

/** The Event ID field: 16 digits, the same as the answer's `eventId` header. */
export async function checkEventId(page: Page, expected: string | undefined): Promise<string> {
  const shown = await page.$eval(SEL.eventId, (el) => (el as HTMLInputElement).value)
  assert(/^[0-9]{16}$/.test(shown), `the Event ID shown is "${shown}", not 16 digits`)
  if (expected !== undefined) {
    assert(shown === expected, `the page shows Event ID ${shown}; the server said ${expected}`)
  }
  return shown
}

/**
 * A `services` sentence as a pattern whose groups catch its `{{values}}` in order (each one word,
 * e.g. a masked contact), spaces matched loosely.
 */
export function sentencePattern(lang: string, key: string): RegExp {
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*')
  const parts = servicesText(lang, key).split(/\{\{\s*\w+(?:\s*,[^}]*)?\s*\}\}/)
  return new RegExp(`^${parts.map(quote).join('(\\S+)')}$`)
}
