import { featured } from '@resident/server/demo'
import type { Page } from 'puppeteer-core'
import { Api, type Centre, type CentrePage } from '../api.ts'
import { assert } from '../checks.ts'
import { cityWithCentres, crowdedPoint } from '../fixtures.ts'
import { type TestContext, test } from '../harness.ts'
import { withInbox } from '../mailbox.ts'
import {
  type ApiCall,
  apiAnswer,
  dialogText,
  type OfficialUi,
  officialPattern,
  officialText,
  officialTexts,
  officialUi,
  openCard,
  openOfficial,
  settle,
  watchOfficialPage,
} from '../official.ts'
import { keepSavedFiles, pdfText, savedFile, savesAsked } from '../pdf.ts'
import { PAGE_LANGUAGES } from '../portal.ts'
import { applicationId, cardPassword, resident, verifyEmailResident } from '../residents.ts'
import { responseHeader as header, plain } from '../services.ts'

/*
 * MOSIP's own resident portal (resident-ui v0.9.1, unchanged) as a client of our API, served
 * with it from one origin (see official.ts): the public services a resident uses, in English
 * and Arabic, and the edge cases it met against earlier versions of our server. Assertions are
 * about what a resident sees in that portal, in its own words (its translation files). Its
 * accessibility is not ours to fix, so axe does not run here.
 */

const TIMEOUT = { timeoutMs: 150_000 }
const SEARCH = { pageNumber: '0', pageSize: '5', orderBy: 'desc', sortBy: 'createdDateTime' }

interface Opened {
  ui: OfficialUi
  calls: ApiCall[]
}

/** Starts (once) and opens the official portal's dashboard in `lang`. */
async function open(t: TestContext, lang: string): Promise<Opened> {
  const ui = await officialUi()
  const calls = await watchOfficialPage(t.page, ui)
  await openOfficial(t.page, ui, lang)
  return { ui, calls }
}

/** The centres the list shows: name, and the days after "Open:" as the portal prints them. */
function shownCentres(page: Page, openLabel: string) {
  return page.$$eval(
    '.centers-list li',
    (items, open: string) =>
      items.map((li) => {
        const name = (li.querySelector('strong')?.textContent ?? '').trim()
        const days = [...li.querySelectorAll('span')]
          .map((s) => (s.textContent ?? '').replace(/\s+/g, ' ').trim())
          .find((text) => text.startsWith(open))
        return { name, days: days?.slice(open.length).replace(/^\s*:\s*/, '') ?? '' }
      }),
    openLabel,
  )
}

/** Waits until the list shows exactly these centres, in this order. */
async function waitForList(page: Page, lang: string, expected: Centre[]) {
  const open = officialText(lang, 'centerSelection.text_open')
  const want = expected.map((c) => c.name)
  try {
    await page.waitForFunction(
      (names: string[]) => {
        const got = [...document.querySelectorAll('.centers-list li strong:first-of-type')].map(
          (s) => (s.textContent ?? '').trim(),
        )
        return got.length === names.length && got.every((n, i) => n === names[i])
      },
      { timeout: 20_000 },
      want,
    )
  } catch {
    const shown = await shownCentres(page, open)
    const message = await messageShown(page)
    throw new Error(
      `expected centres [${want.join(', ')}]\n  shown [${shown.map((s) => s.name).join(', ')}]` +
        (message ? `\n  message: ${message}` : ''),
    )
  }
  return shownCentres(page, open)
}

/** The page's own message line (`No Registration Center found.` …), if any. */
function messageShown(page: Page): Promise<string> {
  return page.$$eval('.show-message-text', (els) =>
    els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | '),
  )
}

/** Waits for the page's message line to read `text`. */
async function waitForMessage(page: Page, text: string, what: string): Promise<void> {
  try {
    await page.waitForFunction(
      (want: string) =>
        [...document.querySelectorAll('.show-message-text')].some(
          (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === want,
        ),
      { timeout: 15_000 },
      text,
    )
  } catch {
    const shown = await messageShown(page)
    const spinning = await page.$('.mat-progress-spinner, mat-spinner, .loading, .spinner')
    throw new Error(
      `${what}: expected the message "${text}"; shown: "${shown}"${spinning ? ' (still loading)' : ''}`,
    )
  }
}

/** From the dashboard to "Find a Registration Center", with the location types loaded. */
async function openCentres(page: Page): Promise<void> {
  await openCard(page, 2)
  await page.waitForSelector('#locationType', { visible: true })
}

/** Chooses the location type by its name and searches for `text`, as a resident does. */
async function searchByName(page: Page, levelName: string, text: string): Promise<void> {
  await page.click('#locationType')
  await page.waitForSelector('mat-option', { visible: true })
  const options = await page.$$('mat-option')
  const names = await Promise.all(
    options.map((o) => o.evaluate((el) => (el.textContent ?? '').trim())),
  )
  const index = names.indexOf(levelName)
  assert(index >= 0, `no location type "${levelName}" among [${names.join(', ')}]`)
  await options[index]?.click()
  await page.waitForSelector('#searchLocationBox:not([disabled])')
  await page.click('#searchLocationBox')
  await page.keyboard.type(text)
  const typed = await page.$eval('#searchLocationBox', (el) => (el as HTMLInputElement).value)
  assert(typed === text, `typed "${text}", the search box holds "${typed}"`)
  await page.waitForSelector('#regCenterSearchBtn:not([disabled])')
  await page.click('#regCenterSearchBtn')
}

/** The page of centres the portal asks for (its own paging and order). */
async function portalPage(ui: OfficialUi, lang: string, level: number, text: string) {
  const query = new URLSearchParams(SEARCH)
  return new Api(ui.url).get<CentrePage>(
    `/proxy/masterdata/registrationcenters/page/${lang}/${level}/${encodeURIComponent(text)}?${query}`,
  )
}

/** Grants the portal's origin the position, set to this point. */
async function placeResident(t: TestContext, ui: OfficialUi, latitude: number, longitude: number) {
  await t.context.overridePermissions(ui.url, ['geolocation'])
  await t.page.setGeolocation({ latitude, longitude, accuracy: 10 })
}

for (const lang of PAGE_LANGUAGES) {
  test(
    `official-ui: the dashboard loads; no call of ours answers 404 (${lang})`,
    async (t) => {
      const { calls } = await open(t, lang)
      // Every page checks the session and reads the profile: without login, as MOSIP answers.
      // The page in use (a language switch reloads it, and the first page's answers go).
      const token = calls.findLast((c) => c.path.startsWith('/authorize/admin/validateToken'))
      assert(token, 'the portal did not call validateToken')
      const body = (await token.response.json()) as {
        response: unknown
        errors: { errorCode: string }[] | null
      }
      assert(
        token.status === 200 &&
          body.response === null &&
          body.errors?.[0]?.errorCode === 'KER-ACP-001',
        `validateToken answered HTTP ${token.status} ${JSON.stringify(body)}, not 200 with KER-ACP-001`,
      )
      const profile = calls.findLast((c) => c.path.startsWith('/profile'))
      if (profile) {
        const answer = (await profile.response.json()) as { errors: { errorCode: string }[] }
        assert(
          profile.status === 401 && answer.errors?.[0]?.errorCode === 'KER-ATH-401',
          `/profile answered HTTP ${profile.status} ${JSON.stringify(answer)}, not 401 KER-ATH-401`,
        )
      }
      const missing = calls.filter((c) => c.status === 404).map((c) => `${c.method} ${c.path}`)
      assert(missing.length === 0, `our API answered 404 to: ${missing.join(', ')}`)
    },
    TIMEOUT,
  )

  test(
    `official-ui: centres by name, in the page's language (${lang})`,
    async (t) => {
      const { page } = t
      const { ui } = await open(t, lang)
      const city = await cityWithCentres(ui.url, lang)
      const expected = await portalPage(ui, lang, city.level.hierarchyLevel, city.location.name)
      await openCentres(page)
      await searchByName(page, city.level.hierarchyLevelName, city.location.name)
      const shown = await waitForList(page, lang, expected.data)
      assert(shown.length > 0, 'no centre shown')
    },
    TIMEOUT,
  )

  test(
    `official-ui: working days in the page's language (${lang})`,
    async (t) => {
      const { page } = t
      const { ui } = await open(t, lang)
      const city = await cityWithCentres(ui.url, lang)
      const expected = await portalPage(ui, lang, city.level.hierarchyLevel, city.location.name)
      await openCentres(page)
      await searchByName(page, city.level.hierarchyLevelName, city.location.name)
      const shown = await waitForList(page, lang, expected.data)
      // The portal prints each day's `name` from /workingdays: the day's name, not its code.
      for (const [i, centre] of expected.data.entries()) {
        const days = centre.workingDays.map((d) => d.displayName)
        const card = shown[i]
        assert(card, `no card for ${centre.name}`)
        const printed = card.days.split(/\s*[,،]\s*/).filter(Boolean)
        assert(
          printed.join('|') === days.join('|'),
          `${centre.name}: the days read "${card.days}", expected "${days.join(', ')}"`,
        )
        assert(
          !/\b(?:MON|TUE|WED|THU|FRI|SAT|SUN)\b/.test(card.days),
          `${centre.name}: the days are codes: "${card.days}"`,
        )
        if (lang === 'ara') {
          assert(/\p{Script=Arabic}/u.test(card.days), `not in Arabic script: "${card.days}"`)
        }
      }
    },
    TIMEOUT,
  )

  test(
    `official-ui: centres near me, nearest first (${lang})`,
    async (t) => {
      const { page } = t
      const ui = await officialUi()
      const point = await crowdedPoint(ui.url, lang)
      await placeResident(t, ui, point.latitude, point.longitude)
      await open(t, lang)
      await openCentres(page)
      await page.click('#nearByLocations')
      await waitForList(page, lang, point.centres)
    },
    TIMEOUT,
  )

  test(
    `official-ui: a search with no match ends with MOSIP's message, not a spinner (${lang})`,
    async (t) => {
      const { page } = t
      const { ui } = await open(t, lang)
      const city = await cityWithCentres(ui.url, lang)
      await openCentres(page)
      await searchByName(page, city.level.hierarchyLevelName, 'Zzqxv')
      await waitForMessage(page, officialText(lang, 'centerSelection.noRegCenters'), 'no match')
      assert((await shownCentres(page, '')).length === 0, 'centres listed for no match')
    },
    TIMEOUT,
  )

  test(
    `official-ui: nothing nearby says so (${lang})`,
    async (t) => {
      const { page } = t
      const ui = await officialUi()
      const api = new Api(ui.url)
      const distance = Number(
        (await api.uiProperties())['resident.nearby.centers.distance.meters'] ?? 2000,
      )
      // The South Pacific: surely no centre of the demo country within the distance.
      const [latitude, longitude] = [-48.8767, -123.3933]
      const near = await api.nearby(lang, longitude, latitude, distance).catch(() => [])
      assert(near.length === 0, `the API finds ${near.length} centres in the ocean`)
      await placeResident(t, ui, latitude, longitude)
      await open(t, lang)
      await openCentres(page)
      await page.click('#nearByLocations')
      await waitForMessage(
        page,
        officialText(lang, 'centerSelection.noRegCentersNearby'),
        'nothing nearby',
      )
    },
    TIMEOUT,
  )

  test(
    `official-ui: the supporting documents, shown as the PDF (${lang})`,
    async (t) => {
      const { page } = t
      await keepSavedFiles(page)
      const { ui } = await open(t, lang)
      const categories = await new Api(ui.url).validDocuments(lang)
      await openCentres(page)
      const pdf = apiAnswer(page, ui, 'GET', '/download/supporting-documents')
      const tabs = await page.$$('[role="tab"]')
      assert(tabs.length >= 2, 'no "supporting documents" tab')
      await tabs[1]?.click()
      const res = await pdf
      const what = `GET /download/supporting-documents → ${res.status()}`
      assert(res.status() === 200, what)
      assert(/^application\/pdf\b/i.test(header(res, 'content-type') ?? ''), `${what}: not a PDF`)
      const embed = await page.waitForSelector('embed[src^="blob:"]', { timeout: 20_000 })
      const src = (await embed?.evaluate((e) => e.getAttribute('src') ?? '')) ?? ''
      const bytes = await savedFile(page, src.split('#')[0] ?? '')
      // Compared without spaces and direction marks: the PDF's text comes out in pieces.
      const bare = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      const text = bare(await pdfText(bytes))
      for (const category of categories) {
        assert(text.includes(bare(category.name)), `the PDF lacks the category "${category.name}"`)
        for (const type of category.documenttypes) {
          assert(text.includes(type.code), `the PDF lacks the document ${type.code}`)
        }
      }
    },
    TIMEOUT,
  )

  test(
    `official-ui: Get my UIN to the downloaded card (${lang})`,
    async (t) => {
      const { page } = t
      await keepSavedFiles(page)
      const { ui } = await open(t, lang)
      const r = resident(lang === 'eng' ? 'card-ready-eng' : 'card-ready-ara')
      // English types the UIN, Arabic the VID: both lead to the same card.
      const id = lang === 'eng' ? r.uin : (r.vid?.vid ?? '')
      assert(r.email && id, 'the demo resident lacks an email or a VID')
      await openCard(page, 4)
      await page.waitForSelector('#aidValue', { visible: true })
      await page.type('#aidValue', id)
      const code = await withInbox(ui.url, r.email, async (inbox) => {
        const sent = apiAnswer(page, ui, 'POST', '/individualId/otp')
        await page.waitForSelector('#getUinSendOtpBtn:not([disabled])')
        await page.click('#getUinSendOtpBtn')
        const answer = await sent
        const body = (await answer.json()) as { errors?: unknown[] | null }
        assert(!body.errors?.length, `/individualId/otp refused: ${JSON.stringify(body.errors)}`)
        return inbox.nextCode()
      })
      await page.waitForSelector('#otp-input', { visible: true })
      await page.type('#otp-input', code)
      const card = apiAnswer(page, ui, 'POST', '/download-card', 60_000)
      await page.waitForSelector('#getUinsubmitBtn:not([disabled])')
      await page.click('#getUinsubmitBtn')
      const res = await card
      const what = `POST /download-card → ${res.status()} ${header(res, 'content-type') ?? ''}`
      assert(res.status() === 200, what)
      assert(/^application\/pdf\b/i.test(header(res, 'content-type') ?? ''), `${what}: not a PDF`)
      assert(
        /^attachment\b/i.test(header(res, 'content-disposition') ?? ''),
        `${what}: not an attachment`,
      )
      const eventId = header(res, 'eventid') ?? ''
      assert(/^\d{16}$/.test(eventId), `${what}: eventid "${eventId}"`)
      // The resident reads the Event ID and the password rule in a pop-up.
      const message = await dialogText(page)
      const done = officialPattern(lang, 'genericmessage.getMyUin.downloadedSuccessFully', {
        eventId,
      })
      assert(done.test(message), `the pop-up reads "${message}", not ${done}`)
      // The portal saved the answer as a file: the card, opening with the published password.
      await page.waitForFunction(() => (window.__e2eSaves?.length ?? 0) > 0, { timeout: 10_000 })
      const [save] = await savesAsked(page)
      assert(save, 'the portal did not save the card')
      const bytes = await savedFile(page, save.href)
      const text = (await pdfText(bytes, cardPassword(r.uin))).replace(/\s+/g, '')
      assert(text.includes(r.uin), 'the saved card opened with its password lacks the UIN')
    },
    TIMEOUT,
  )

  test(
    `official-ui: the AID tracker shows an application in progress (${lang})`,
    async (t) => {
      const { page } = t
      await open(t, lang)
      const aid = applicationId('in-progress-verification')
      await openCard(page, 4)
      await page.waitForSelector('#aidValue', { visible: true })
      await page.type('#aidValue', aid)
      await page.waitForSelector('#getUinSendOtpBtn:not([disabled])')
      await page.click('#getUinSendOtpBtn')
      const progress = officialPattern(lang, 'uinStatus.uinTitleDescription', { AID: aid })
      const stage = officialText(lang, 'uinStatus.statusStages.VERIFICATION_STAGE')
      await page.waitForFunction(
        (source: string, label: string) => {
          const text = (document.body.textContent ?? '').replace(/\s+/g, ' ')
          return new RegExp(source, 'u').test(text) && text.includes(label)
        },
        { timeout: 20_000 },
        progress.source,
        stage,
      )
    },
    TIMEOUT,
  )

  test(
    `official-ui: verify an email with the code from the mailbox (${lang})`,
    async (t) => {
      const { page } = t
      const { ui } = await open(t, lang)
      const r = verifyEmailResident(t.browserName, lang)
      assert(r.email, 'the demo resident has no email')
      await openCard(page, 5)
      await page.waitForSelector('#emailChannelBtn', { visible: true })
      await page.click('#emailChannelBtn')
      await settle(page)
      await page.type('#uin', r.uin)
      const code = await withInbox(ui.url, r.email, async (inbox) => {
        const sent = apiAnswer(page, ui, 'POST', '/req/otp')
        await page.waitForSelector('#sendOtpBtn:not([disabled])')
        await page.click('#sendOtpBtn')
        const body = (await (await sent).json()) as { errors?: unknown[] | null }
        assert(!body.errors?.length, `/req/otp refused: ${JSON.stringify(body.errors)}`)
        return inbox.nextCode()
      })
      await page.waitForSelector('#otp-input', { visible: true })
      await page.type('#otp-input', code)
      const checked = apiAnswer(page, ui, 'POST', '/validate-otp')
      await page.waitForSelector('#submitOtpBtn:not([disabled])')
      await page.click('#submitOtpBtn')
      const res = await checked
      const eventId = header(res, 'eventid') ?? ''
      assert(/^\d{16}$/.test(eventId), `POST /validate-otp: eventid "${eventId}"`)
      const message = await dialogText(page)
      const done = officialPattern(lang, 'genericmessage.verifyChannel.emailSuccess', { eventId })
      assert(done.test(message), `the pop-up reads "${message}", not ${done}`)
    },
    TIMEOUT,
  )

  test(
    `official-ui: an email that is not registered gets a meaningful error (${lang})`,
    async (t) => {
      const { page } = t
      const opened = await open(t, lang)
      const r = featured('phone-only')
      assert(r.uin && !r.email, 'the demo resident "phone-only" has an email or no UIN')
      await openCard(page, 5)
      await page.waitForSelector('#emailChannelBtn', { visible: true })
      await page.click('#emailChannelBtn')
      await settle(page)
      await page.type('#uin', r.uin)
      await page.waitForSelector('#sendOtpBtn:not([disabled])')
      const { calls } = opened
      await page.click('#sendOtpBtn')
      const message = await dialogText(page)
      // What our API said, for the report: the portal knows only some codes.
      const answers: string[] = []
      for (const c of calls.filter((c) => /^\/(?:req\/otp|channel)/.test(c.path))) {
        const body = (await c.response.json().catch(() => ({}))) as {
          errors?: { errorCode: string; message?: string }[] | null
        }
        answers.push(`${c.method} ${c.path.split('?')[0]} → ${JSON.stringify(body.errors ?? null)}`)
      }
      // Not an empty pop-up: one of the portal's own messages says what is wrong.
      const known = officialTexts(lang, 'serverErrors').map(plain).filter(Boolean)
      assert(
        known.some((text) => message.includes(text)),
        `the error pop-up reads "${message}", none of the portal's own messages; our API answered: ${answers.join('; ')}`,
      )
    },
    TIMEOUT,
  )
}
