import { assert, checkAxe } from '../checks.ts'
import { crowdedPoint } from '../fixtures.ts'
import { countGeolocationRequests, emulatePosition, geolocationRequests } from '../geolocation.ts'
import { test } from '../harness.ts'
import { openPage, PAGE_LANGUAGES, portalText } from '../portal.ts'
import { SEL, shownCentres, waitForCentres } from '../regcenter.ts'

for (const lang of PAGE_LANGUAGES) {
  test(`regcenter: "centres near me" asks for the position only on the press, nearest first (${lang})`, async (t) => {
    const { page } = t
    const point = await crowdedPoint(t.baseUrl, lang)
    await countGeolocationRequests(page)
    await emulatePosition(t, point.latitude, point.longitude)

    await openPage(t, '/regcenter', lang)
    await page.waitForSelector(SEL.nearMe, { visible: true })
    // Give the page a moment in which an eager request would have happened.
    await new Promise((resolve) => setTimeout(resolve, 500))
    assert(
      (await geolocationRequests(page)) === 0,
      'the page asked for the position before the button was pressed',
    )
    assert(
      (await shownCentres(page)).length === 0,
      'centres were listed before the button was pressed',
    )

    await page.click(SEL.nearMe)
    const shown = await waitForCentres(page, point.centres)
    assert(
      (await geolocationRequests(page)) === 1,
      'the button did not ask for the position exactly once',
    )
    const distances = point.centres.map((c) => c.distanceMeters ?? Number.NaN)
    assert(
      distances.every((d, i) => i === 0 || d >= (distances[i - 1] ?? 0)),
      `the API's centres are not nearest first: ${distances.join(', ')}`,
    )
    for (const card of shown) assert(card.distance !== '', `${card.name}: no distance shown`)
    await checkAxe(page)
  })
}

test('regcenter: a refused position says what to do instead (eng)', async (t) => {
  const { page } = t
  await countGeolocationRequests(page)
  // No permission granted: the browser refuses the position.
  await t.context.overridePermissions(t.baseUrl, [])
  await openPage(t, '/regcenter', 'eng')
  await page.click(SEL.nearMe)
  const denied = portalText('eng', 'centres:geo.denied')
  await page.waitForFunction(
    (sel: string, text: string) => document.querySelector(sel)?.textContent?.includes(text),
    {},
    SEL.status,
    denied,
  )
  assert((await geolocationRequests(page)) === 1, 'the button did not ask for the position')
  assert((await shownCentres(page)).length === 0, 'centres listed without a position')
  assert(
    !(await page.$eval(SEL.nearMe, (b) => (b as HTMLButtonElement).disabled)),
    'the button stays disabled after a refusal',
  )
  await checkAxe(page)
})
