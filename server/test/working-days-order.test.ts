import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SUPPORTED_LANGUAGES } from '../src/config.ts'
import { COUNTRY_CODE } from '../src/platform/embedded/demo-country/places.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * A centre's open days read Monday to Sunday in every language, wherever the API lists them: the
 * portal prints them as they come ("MON, TUE, FRI"), and a PDF folds runs of them ("MON–WED").
 */
const BASE = '/resident/v1/proxy/masterdata'
const WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']

interface Day {
  code: string
  name: string
  displayName: string
  order: number
  languageCode: string
}

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t?.close())

async function response(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  const body = res.json()
  expect(body.errors, url).toBeNull()
  return body.response
}

/** The first centres of the whole country, by name, in the language. */
async function centres(lang: string, pageSize: number) {
  const country = await response(`${BASE}/locations/info/${COUNTRY_CODE}/${lang}`)
  const name = encodeURIComponent(country.name)
  return response(`${BASE}/registrationcenters/page/${lang}/0/${name}?pageSize=${pageSize}`)
}

/** The days in the week's order, numbered 1–7 from Monday, each named in the language. */
function expectWeekOrder(days: Day[], lang: string, where: string) {
  expect(days.length, where).toBeGreaterThanOrEqual(4)
  const codes = days.map((d) => d.code)
  expect(codes, where).toEqual(WEEK.filter((code) => codes.includes(code)))
  expect(
    days.map((d) => d.order),
    where,
  ).toEqual(codes.map((code) => WEEK.indexOf(code) + 1))
  expect(new Set(days.map((d) => d.languageCode)), where).toEqual(new Set([lang]))
  // Each day is named in the language (not the code), and no two days share a name.
  expect(new Set(days.map((d) => d.displayName)).size, where).toBe(days.length)
  if (lang !== 'eng') {
    for (const d of days) expect(d.displayName, where).not.toBe(d.code)
  }
}

describe('working days, Monday first', () => {
  it.each([...SUPPORTED_LANGUAGES])('%s: /workingdays of several centres', async (lang) => {
    const page = await centres(lang, 5)
    expect(page.data.length).toBe(5)
    for (const centre of page.data as { id: string }[]) {
      const { workingdays } = await response(`${BASE}/workingdays/${centre.id}/${lang}`)
      expectWeekOrder(workingdays, lang, `${lang} /workingdays/${centre.id}`)
    }
  })

  it.each([...SUPPORTED_LANGUAGES])(
    '%s: each centre of a search page and of "near me"',
    async (lang) => {
      const page = await centres(lang, 20)
      expect(page.data.length).toBe(20)
      for (const centre of page.data as { id: string; workingDays: Day[] }[]) {
        expectWeekOrder(centre.workingDays, lang, `${lang} page, centre ${centre.id}`)
      }
      const first = page.data[0] as { latitude: string; longitude: string }
      const near = await response(
        `${BASE}/getcoordinatespecificregistrationcenters/${lang}/${first.longitude}/${first.latitude}/2000`,
      )
      expect(near.registrationCenters.length).toBeGreaterThan(0)
      for (const centre of near.registrationCenters as { id: string; workingDays: Day[] }[]) {
        expectWeekOrder(centre.workingDays, lang, `${lang} near me, centre ${centre.id}`)
      }
    },
  )
})
