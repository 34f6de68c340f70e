import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCentres } from '../../../test/support/places.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

const BASE = '/resident/v1/proxy/masterdata'
let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function get(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  return res
}

/** The masterdata cache's lookups so far, by result, from `/metrics`. */
async function lookups(): Promise<Record<string, number>> {
  const text = (await t.app.inject({ url: '/metrics' })).body
  const counts: Record<string, number> = {}
  for (const m of text.matchAll(
    /^http_cache_lookups_total\{cache="masterdata",result="(\w+)"\} (\d+)/gm,
  )) {
    counts[m[1] as string] = Number(m[2])
  }
  return counts
}

const withoutTime = (body: string) => body.replace(/"responsetime":"[^"]*"/, '"responsetime":""')

describe('masterdata answers held in memory', () => {
  it('answers a repeated request with the same JSON and headers, a fresh time, and counts a hit', async () => {
    const centre = (await allCentres(t.ports.masterdata, 'eng'))[0]
    if (!centre) throw new Error('the demo country has no centre')
    const urls = [
      `${BASE}/getcoordinatespecificregistrationcenters/eng/${centre.longitude}/${centre.latitude}/2000`,
      `${BASE}/workingdays/${centre.id}/eng`,
      `${BASE}/validdocuments/eng`,
      `${BASE}/documenttypes/POA/eng`,
      `${BASE}/locationHierarchyLevels/eng`,
      `${BASE}/locationHierarchyLevels`,
    ]
    for (const url of urls) {
      const before = await lookups()
      const first = await get(url)
      await sleep(3)
      const second = await get(url)
      const after = await lookups()
      expect(after.hit, url).toBe((before.hit ?? 0) + 1)
      expect(withoutTime(second.body), url).toBe(withoutTime(first.body))
      expect(second.headers['content-type'], url).toBe(first.headers['content-type'])
      expect(second.headers['content-type'], url).toBe('application/json; charset=utf-8')
      expect(Date.parse(second.json().responsetime), url).toBeGreaterThan(
        Date.parse(first.json().responsetime),
      )
    }
  })

  it('shows a centre renamed through the masterdata port on the next request, in its language only', async () => {
    const centre = (await allCentres(t.ports.masterdata, 'eng'))[1]
    if (!centre) throw new Error('the demo country has no second centre')
    const nearby = (lang: string) =>
      `${BASE}/getcoordinatespecificregistrationcenters/${lang}/${centre.longitude}/${centre.latitude}/100`
    const nameIn = async (lang: string) => {
      const body = (await get(nearby(lang))).json()
      return body.response.registrationCenters.find((c: { id: string }) => c.id === centre.id)
        ?.name as string
    }
    // Both languages answered once, so both are held.
    const araBefore = await nameIn('ara')
    expect(await nameIn('eng')).toBe(centre.name)
    expect(
      await t.ports.masterdata.updateCentre(centre.id, 'eng', { name: 'Renamed Centre' }),
    ).toBe(true)
    expect(await nameIn('eng')).toBe('Renamed Centre')
    expect(await nameIn('ara')).toBe(araBefore)
    expect(araBefore).not.toBe('Renamed Centre')
  })

  it('shows changed working days on the next request', async () => {
    const centre = (await allCentres(t.ports.masterdata, 'eng'))[2]
    if (!centre) throw new Error('the demo country has no third centre')
    const days = async () =>
      (await get(`${BASE}/workingdays/${centre.id}/eng`))
        .json()
        .response.workingdays.map((d: { code: string }) => d.code)
    expect(await days()).toEqual(centre.workingDays.map((d) => d.code))
    await t.ports.masterdata.updateCentre(centre.id, 'eng', { workingDays: ['TUE', 'SAT'] })
    expect(await days()).toEqual(['TUE', 'SAT'])
  })

  it('keeps no error: a centre that does not exist is looked up again', async () => {
    const url = `${BASE}/workingdays/NOSUCH/eng`
    for (let i = 0; i < 2; i++) {
      expect((await get(url)).json().errors[0].errorCode).toBe('RES-SER-418')
    }
    expect(await t.ports.masterdata.updateCentre('NOSUCH', 'eng', { name: 'x' })).toBe(false)
  })
})
