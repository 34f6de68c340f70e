// @vitest-environment happy-dom
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type FetchStub, ok } from '../../../api/fetchStub.ts'
import { BrowserRouter } from '../../../routing/router.tsx'
import RegistrationCentres from './RegistrationCentres.tsx'

/**
 * The page a resident sees is the page the portal asks for: the address bar counts from 1, MOSIP
 * counts pages from 0, so page 1 must be asked as page 0 (asked as 1, the first centres would
 * never be shown), and "Next" asks for the following one.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  // Two warnings of the test DOM, not of the page: happy-dom does not know <search>, and the
  // results list is a lazy chunk that resolves outside act(). Everything else still prints.
  const print = console.error
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = String(args[0])
    if (/is unrecognized in this browser|suspended resource finished loading/.test(text)) return
    print(...args)
  })
})

const TOTAL = 12

function centre(n: number) {
  return {
    id: String(10000 + n),
    name: `Centre ${n}`,
    centerTypeCode: 'REG',
    addressLine1: `${n} Main Street`,
    addressLine2: '',
    addressLine3: '',
    latitude: '13.05',
    longitude: '21.7',
    locationCode: 'NDR',
    holidayLocationCode: 'NDR',
    contactPhone: '',
    workingHours: '8:00:00',
    langCode: 'eng',
    numberOfKiosks: 1,
    perKioskProcessTime: '00:15:00',
    centerStartTime: '09:00:00',
    centerEndTime: '17:00:00',
    timeZone: 'UTC',
    contactPerson: '',
    lunchStartTime: '13:00:00',
    lunchEndTime: '14:00:00',
    isActive: true,
    zoneCode: 'Z1',
    workingNonWorkingDays: {},
    workingDays: [],
    holidays: [],
  }
}

/** A server with 12 centres, answering the zero-based page asked for (as MOSIP does). */
function fakeServer(): FetchStub {
  const fetchMock = vi.fn(async (url: string) => {
    const parsed = new URL(url, 'http://portal.test')
    if (parsed.pathname.includes('/registrationcenters/page/')) {
      const pageNumber = Number(parsed.searchParams.get('pageNumber'))
      const pageSize = Number(parsed.searchParams.get('pageSize'))
      const first = pageNumber * pageSize
      const ids = Array.from({ length: TOTAL }, (_, i) => i + 1).slice(first, first + pageSize)
      return ok({
        pageNo: pageNumber,
        pageSize,
        totalItems: TOTAL,
        totalPages: Math.ceil(TOTAL / pageSize),
        data: ids.map(centre),
      })
    }
    if (parsed.pathname.includes('/locationHierarchyLevels/')) {
      return ok({
        locationHierarchyLevels: [
          { hierarchyLevel: 1, hierarchyLevelName: 'Region', langCode: 'eng', isActive: true },
        ],
      })
    }
    return new Response('{}', { status: 404 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

let root: Root | undefined
afterEach(async () => {
  await act(async () => root?.unmount())
  root = undefined
  vi.unstubAllGlobals()
})

async function open(address: string) {
  window.history.replaceState(null, '', address)
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  await act(async () => {
    root?.render(createElement(BrowserRouter, null, createElement(RegistrationCentres)))
  })
  return container
}

/** The page numbers and sizes the portal asked the centre search for, in order. */
const pagesAsked = (fetchMock: FetchStub) =>
  fetchMock.mock.calls
    .map(([url]) => new URL(url, 'http://portal.test'))
    .filter((url) => url.pathname.includes('/registrationcenters/page/'))
    .map((url) => `${url.searchParams.get('pageNumber')}/${url.searchParams.get('pageSize')}`)

const shownCentres = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-testid="centre-card"] h3')].map((h) => h.textContent)

describe('centre search paging', () => {
  it('asks for page 0 when the resident is on page 1, and shows the first centres', async () => {
    const fetchMock = fakeServer()
    const container = await open('/regcenter?level=1&text=Nandira&in=eng&page=1&size=5')
    await vi.waitFor(() => expect(shownCentres(container)).toHaveLength(5))
    expect(pagesAsked(fetchMock)).toEqual(['0/5'])
    expect(shownCentres(container)[0]).toBe('Centre 1')
  })

  it('asks for the next zero-based page on "Next", and for page 2 on a link to page 3', async () => {
    const fetchMock = fakeServer()
    const container = await open('/regcenter?level=1&text=Nandira&in=eng&page=1&size=5')
    await vi.waitFor(() => expect(shownCentres(container)).toHaveLength(5))
    const next = container.querySelector<HTMLButtonElement>('[data-testid="page-next"]')
    await act(async () => next?.click())
    await vi.waitFor(() => expect(shownCentres(container)[0]).toBe('Centre 6'))
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2')
    expect(pagesAsked(fetchMock)).toEqual(['0/5', '1/5'])
  })

  it('opens the last page of a link straight away', async () => {
    const fetchMock = fakeServer()
    const container = await open('/regcenter?level=1&text=Nandira&in=eng&page=3&size=5')
    await vi.waitFor(() => expect(shownCentres(container)).toEqual(['Centre 11', 'Centre 12']))
    expect(pagesAsked(fetchMock)).toEqual(['2/5'])
  })
})
