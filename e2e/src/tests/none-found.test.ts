import type { HTTPRequest, Page } from 'puppeteer-core'
import { LANGUAGES } from '../../../portal/src/i18n/languages.ts'
import { assert } from '../checks.ts'
import { crowdedPoint, regionWithManyCentres } from '../fixtures.ts'
import { emulatePosition } from '../geolocation.ts'
import { test } from '../harness.ts'
import { openPage, portalText, setLanguage } from '../portal.ts'
import { SEL, searchPlace, shownCentres } from '../regcenter.ts'
import { plain } from '../services.ts'

/*
 * "Nothing found" in the registration centres page: no centre for a name, a place the server
 * does not know, no centre near the resident. Each has its own plain message in every language,
 * whichever way the server says it: an empty list (our server before issue 9) or MOSIP's error,
 * RES-SER-418 with masterdata's message. The page's requests for centres are answered here, so
 * both shapes are tested in one run whatever the server answers.
 */

const ALL_LANGUAGES = LANGUAGES.map((l) => l.code)
const PLACE = 'Zzqx no such place'

type Answer = { response: unknown } | { error: string }

const envelope = (answer: Answer) =>
  JSON.stringify({
    id: 'mosip.resident.proxy',
    version: 'v1',
    responsetime: new Date().toISOString(),
    metadata: null,
    response: 'response' in answer ? answer.response : null,
    errors: 'error' in answer ? [{ errorCode: 'RES-SER-418', message: answer.error }] : [],
  })

const EMPTY_PAGE = {
  response: { pageNo: 0, pageSize: 10, sort: null, totalItems: 0, totalPages: 0, data: [] },
}
const EMPTY_NEARBY = { response: { registrationCenters: [] } }

/** Answers the page's requests whose path contains `path` with `answer` (the rest go through). */
async function answerWith(page: Page, path: string, answer: Answer): Promise<void> {
  await page.setRequestInterception(true)
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return
    if (!new URL(request.url()).pathname.includes(path)) {
      void request.continue()
      return
    }
    void request.respond({
      status: 200,
      contentType: 'application/json',
      body: envelope(answer),
    })
  })
}

/** The message, with `{{text}}` filled in and any other value (a distance) matching anything. */
function messagePattern(lang: string, key: string, text: string): RegExp {
  const template = portalText(lang, key)
  const parts = template.split(/(\{\{[^}]+\}\})/)
  const source = parts
    .map((part) =>
      /^\{\{\s*text\s*\}\}$/.test(part)
        ? text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        : part.startsWith('{{')
          ? '.+?'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${plain(source)}$`, 'u')
}

/** Switches through every language and checks the status says `key` in each. */
async function saysInEveryLanguage(page: Page, key: string, text: string, avoid: string[]) {
  for (const lang of ALL_LANGUAGES) {
    await setLanguage(page, lang)
    const want = messagePattern(lang, key, text)
    const others = avoid.map((k) => messagePattern(lang, k, text))
    try {
      await page.waitForFunction(
        (sel: string, source: string) => {
          const shown = (document.querySelector(sel)?.textContent ?? '')
            .replace(/[\u2066-\u2069]/g, '')
            .replace(/\s+/g, ' ')
            .trim()
          return new RegExp(source, 'u').test(shown)
        },
        { timeout: 10_000 },
        SEL.status,
        want.source,
      )
    } catch {
      const shown = plain(await page.$eval(SEL.status, (el) => el.textContent ?? ''))
      throw new Error(`(${lang}) the status says "${shown}", expected ${key}: ${want}`)
    }
    const shown = plain(await page.$eval(SEL.status, (el) => el.textContent ?? ''))
    for (const [i, other] of others.entries()) {
      assert(!other.test(shown), `(${lang}) ${key} reads the same as ${avoid[i]}: "${shown}"`)
    }
    assert(!(await page.$('[data-testid="error-message"]')), `(${lang}) an error is shown`)
    assert((await shownCentres(page)).length === 0, `(${lang}) centres are listed`)
  }
}

const NAME_CASES = [
  { shape: 'an empty page', answer: EMPTY_PAGE, key: 'centres:noneFound' },
  {
    shape: 'RES-SER-418 "Registration Center not found"',
    answer: { error: 'Registration Center not found' },
    key: 'centres:noneFound',
  },
  {
    shape: 'RES-SER-418 "Location not found"',
    answer: { error: 'Location not found' },
    key: 'centres:unknownLocation',
  },
] as const

for (const { shape, answer, key } of NAME_CASES) {
  test(`regcenter: ${shape} for a name reads "${key}" in all seven languages`, async (t) => {
    const { page } = t
    const region = await regionWithManyCentres(t.baseUrl, 'eng')
    await answerWith(page, '/proxy/masterdata/registrationcenters/page/', answer)
    await openPage(t, '/regcenter', 'eng')
    await searchPlace(page, region.level.hierarchyLevelName, PLACE)
    const other = key === 'centres:noneFound' ? 'centres:unknownLocation' : 'centres:noneFound'
    await saysInEveryLanguage(page, key, PLACE, [other, 'centres:noneNearby'])
  })
}

const NEARBY_CASES = [
  { shape: 'an empty list', answer: EMPTY_NEARBY },
  { shape: 'RES-SER-418', answer: { error: 'Registration Center not found' } },
] as const

for (const { shape, answer } of NEARBY_CASES) {
  test(`regcenter: ${shape} near the resident reads "centres:noneNearby" in all seven languages`, async (t) => {
    const { page } = t
    const point = await crowdedPoint(t.baseUrl, 'eng')
    await emulatePosition(t, point.latitude, point.longitude)
    await answerWith(page, '/proxy/masterdata/getcoordinatespecificregistrationcenters/', answer)
    await openPage(t, '/regcenter', 'eng')
    await page.click(SEL.nearMe)
    await saysInEveryLanguage(page, 'centres:noneNearby', PLACE, [
      'centres:noneFound',
      'centres:unknownLocation',
    ])
  })
}
