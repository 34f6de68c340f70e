import type { Page } from 'puppeteer-core'
import { assert } from '../checks.ts'
import { crowdedPoint, regionWithManyCentres } from '../fixtures.ts'
import { emulatePosition } from '../geolocation.ts'
import { test } from '../harness.ts'
import { openPage, PAGE_LANGUAGES, portalText, setLanguage } from '../portal.ts'
import { SEL, searchPlace, waitForCentres } from '../regcenter.ts'

/*
 * The "Download PDF" links: plain `<a href download>` to MOSIP's download routes. Each test
 * checks the link (label, address, `download`) and then fetches its address in the page, as the
 * browser would, expecting a PDF with the server's file name.
 */

const LINK = {
  centres: '[data-testid="download-centres"]',
  documents: '[data-testid="download-documents"]',
} as const

interface ShownLink {
  href: string
  text: string
  download: boolean
  hreflang: string
  type: string
}

async function downloadLink(page: Page, selector: string): Promise<ShownLink> {
  await page.waitForSelector(selector, { visible: true })
  return page.$eval(selector, (a) => ({
    href: (a as HTMLAnchorElement).href,
    text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    download: a.hasAttribute('download'),
    hreflang: a.getAttribute('hreflang') ?? '',
    type: a.getAttribute('type') ?? '',
  }))
}

/** The link says what it downloads in the page's language, and asks the browser to save it. */
async function checkLink(page: Page, link: ShownLink, lang: string, key: string): Promise<URL> {
  assert(link.download, `the link to ${link.href} has no download attribute`)
  assert(link.type === 'application/pdf', `the link says type "${link.type}"`)
  const label = portalText(lang, key)
  assert(link.text === label, `the link reads "${link.text}", expected "${label}"`)
  const htmlLang = await page.evaluate(() => document.documentElement.lang)
  assert(link.hreflang === htmlLang, `hreflang "${link.hreflang}" on a page in "${htmlLang}"`)
  const url = new URL(link.href)
  assert(url.origin === new URL(page.url()).origin, `the download leaves the portal: ${url}`)
  assert(url.searchParams.get('langcode') === lang, `the download is not in ${lang}: ${url}`)
  return url
}

/** Fetches the link's address in the page and checks that a named PDF comes back. */
async function checkPdf(page: Page, href: string, filePrefix: string): Promise<void> {
  const got = await page.evaluate(async (url: string) => {
    const r = await fetch(url)
    const bytes = new Uint8Array(await r.arrayBuffer())
    return {
      status: r.status,
      type: r.headers.get('content-type'),
      disposition: r.headers.get('content-disposition'),
      head: new TextDecoder('latin1').decode(bytes.slice(0, 5)),
      size: bytes.length,
      text: r.ok ? '' : new TextDecoder().decode(bytes.slice(0, 300)),
    }
  }, href)
  const what = `GET ${href} → ${got.status} ${got.type ?? ''} ${got.text}`
  assert(got.status === 200, what)
  assert(/^application\/pdf\b/i.test(got.type ?? ''), `${what}: not application/pdf`)
  assert(got.head === '%PDF-', `${what}: the body starts with "${got.head}", not %PDF-`)
  const disposition = got.disposition ?? ''
  assert(
    /^attachment\b/i.test(disposition) &&
      new RegExp(`filename\\*?=(?:UTF-8'')?"?${filePrefix}`, 'i').test(disposition),
    `${what}: Content-Disposition "${disposition}" names no ${filePrefix}… attachment`,
  )
}

for (const lang of PAGE_LANGUAGES) {
  test(`downloads: the centres a search finds, as a PDF (${lang})`, async (t) => {
    const { page } = t
    const region = await regionWithManyCentres(t.baseUrl, lang)
    await openPage(t, '/regcenter', lang)
    assert(!(await page.$(LINK.centres)), 'a download link is shown before any result')
    await searchPlace(page, region.level.hierarchyLevelName, region.location.name)
    await page.waitForSelector(SEL.card)
    const link = await downloadLink(page, LINK.centres)
    const url = await checkLink(page, link, lang, 'centres:download')
    assert(
      url.pathname === '/resident/v1/download/registration-centers-list' &&
        url.searchParams.get('hierarchylevel') === String(region.level.hierarchyLevel) &&
        url.searchParams.get('name') === region.location.name &&
        !url.searchParams.has('nameLangCode'),
      `the download is not this search: ${url}`,
    )
    await checkPdf(page, link.href, 'Registration_centers_')
  })

  test(`downloads: the centres near me, as a PDF (${lang})`, async (t) => {
    const { page } = t
    const point = await crowdedPoint(t.baseUrl, lang)
    await emulatePosition(t, point.latitude, point.longitude)
    await openPage(t, '/regcenter', lang)
    await page.click(SEL.nearMe)
    await waitForCentres(page, point.centres)
    const link = await downloadLink(page, LINK.centres)
    const url = await checkLink(page, link, lang, 'centres:download')
    const q = url.searchParams
    assert(
      url.pathname === '/resident/v1/download/nearestRegistrationcenters' &&
        Number(q.get('latitude')) === point.latitude &&
        Number(q.get('longitude')) === point.longitude &&
        Number(q.get('proximitydistance')) === point.distanceMeters,
      `the download is not the centres near ${point.latitude}, ${point.longitude}: ${url}`,
    )
    await checkPdf(page, link.href, 'Registration_centers_')
  })

  test(`downloads: the supporting documents, as a PDF (${lang})`, async (t) => {
    const { page } = t
    await openPage(t, '/document', lang)
    await page.waitForSelector('[data-testid="document-category"]')
    const link = await downloadLink(page, LINK.documents)
    const url = await checkLink(page, link, lang, 'documents.download')
    assert(
      url.pathname === '/resident/v1/download/supporting-documents',
      `the download is not the supporting documents: ${url}`,
    )
    await checkPdf(page, link.href, 'Supporting_documents_')
  })
}

test('downloads: after a language switch the list downloads in the new language (eng → ara)', async (t) => {
  const { page } = t
  const region = await regionWithManyCentres(t.baseUrl, 'eng')
  await openPage(t, '/regcenter', 'eng')
  await searchPlace(page, region.level.hierarchyLevelName, region.location.name)
  await page.waitForSelector(SEL.card)
  await setLanguage(page, 'ara')
  await page.waitForFunction(
    (sel: string) =>
      new URL(
        (document.querySelector(sel) as HTMLAnchorElement | null)?.href ?? 'x:/',
      ).searchParams.get('langcode') === 'ara',
    {},
    LINK.centres,
  )
  const link = await downloadLink(page, LINK.centres)
  const url = await checkLink(page, link, 'ara', 'centres:download')
  assert(
    url.searchParams.get('name') === region.location.name &&
      url.searchParams.get('nameLangCode') === 'eng',
    `the download does not match the English name in English: ${url}`,
  )
  await checkPdf(page, link.href, 'Registration_centers_')
})
