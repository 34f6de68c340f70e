import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COUNTRY_CODE } from '../src/platform/embedded/demo-country/places.ts'
import { pdfWords } from './support/pdf.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * The registration centres PDF reads in the language's direction: in Arabic the centre column
 * (name and id) is the rightmost and the telephone column is left of it; in English the reverse.
 */
const BASE = '/resident/v1'
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t?.close())

/** The first centre of the country in `lang` and the x (middle) of its id and phone in the PDF. */
async function columnsOf(lang: string) {
  const country = await t.ports.masterdata.locationInfo(COUNTRY_CODE, lang)
  const name = encodeURIComponent(country?.name ?? '')
  const page = await t.app.inject({
    url: `${BASE}/proxy/masterdata/registrationcenters/page/${lang}/0/${name}?pageSize=1&sortBy=name&orderBy=asc`,
  })
  const first = page.json().response.data[0] as { id: string; contactPhone: string }
  expect(first.contactPhone).toMatch(/^\d{6,}$/)
  const res = await t.app.inject({
    url: `${BASE}/download/registration-centers-list?langcode=${lang}&hierarchylevel=0&name=${name}`,
  })
  expect(res.headers['content-type']).toBe('application/pdf')
  const words = (await pdfWords(res.rawPayload, ['-l', '1'])).filter((w) => w.page === 1)
  const x = (text: string) => {
    const found = words.filter((w) => w.text.includes(text))
    expect(found.length, `${lang}: ${text} on page 1`).toBeGreaterThan(0)
    const word = found[0] as (typeof found)[number]
    return (word.xMin + word.xMax) / 2
  }
  return { id: x(first.id), phone: x(first.contactPhone) }
}

describe('registration centres PDF', () => {
  it('puts the centre column left of the telephone in English', async () => {
    const eng = await columnsOf('eng')
    expect(eng.id).toBeLessThan(eng.phone)
  })

  it('puts the centre column right of the telephone in Arabic', async () => {
    const ara = await columnsOf('ara')
    expect(ara.id).toBeGreaterThan(ara.phone)
  })
})
