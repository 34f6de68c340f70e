import { afterEach, describe, expect, it, vi } from 'vitest'
import { calledUrl, ok, stubFetch } from '../../api/fetchStub.ts'
import { getLocationLevels, nearbyCentres, searchCentres } from './api.ts'

/** What the portal asks the resident API for when a resident searches for centres. */
afterEach(() => {
  vi.unstubAllGlobals()
})

const emptyPage = { pageNo: 0, pageSize: 10, totalItems: 0, totalPages: 0, data: [] }

function request(url: string | undefined) {
  const parsed = new URL(String(url), 'http://portal.test')
  return {
    path: decodeURIComponent(parsed.pathname),
    query: Object.fromEntries(parsed.searchParams),
  }
}

describe('searchCentres', () => {
  it('asks for the zero-based page it is given, sorted by name', async () => {
    const fetchMock = stubFetch(() => ok(emptyPage))
    await searchCentres('fra', { level: 3, text: 'Salé', pageNumber: 0, pageSize: 5 })
    await searchCentres('fra', { level: 3, text: 'Salé', pageNumber: 2, pageSize: 20 })
    expect(request(calledUrl(fetchMock, 0))).toEqual({
      path: '/resident/v1/proxy/masterdata/registrationcenters/page/fra/3/Salé',
      query: { pageNumber: '0', pageSize: '5', sortBy: 'name', orderBy: 'asc' },
    })
    expect(request(calledUrl(fetchMock, 1)).query).toMatchObject({
      pageNumber: '2',
      pageSize: '20',
    })
  })

  it('keeps a name with a slash, a question mark or spaces in one path segment', async () => {
    const fetchMock = stubFetch(() => ok(emptyPage))
    await searchCentres('eng', { level: 2, text: 'A/B? C#1', pageNumber: 0, pageSize: 10 })
    const url = String(calledUrl(fetchMock))
    expect(url).toContain('/registrationcenters/page/eng/2/A%2FB%3F%20C%231?')
    expect(request(url).query.pageNumber).toBe('0')
  })

  it('names the language of the text only when it is not the page language', async () => {
    const fetchMock = stubFetch(() => ok(emptyPage))
    await searchCentres('ara', {
      level: 3,
      text: 'Salé',
      pageNumber: 0,
      pageSize: 10,
      nameLangCode: 'fra',
    })
    await searchCentres('ara', {
      level: 3,
      text: 'سلا',
      pageNumber: 0,
      pageSize: 10,
      nameLangCode: 'ara',
    })
    expect(request(calledUrl(fetchMock, 0)).query.nameLangCode).toBe('fra')
    expect(request(calledUrl(fetchMock, 1)).query).not.toHaveProperty('nameLangCode')
  })

  it('returns the page the server sent', async () => {
    const page = { ...emptyPage, totalItems: 1, totalPages: 1, data: [{ id: '10001' }] }
    stubFetch(() => ok(page))
    expect(
      await searchCentres('eng', { level: 1, text: 'abc', pageNumber: 0, pageSize: 10 }),
    ).toEqual(page)
  })
})

describe('nearbyCentres', () => {
  it('asks around the position within the distance and lists the nearest first', async () => {
    const fetchMock = stubFetch(() =>
      ok({
        registrationCenters: [
          { id: 'far', distanceMeters: 1800 },
          { id: 'unknown' },
          { id: 'near', distanceMeters: 120 },
        ],
      }),
    )
    const centres = await nearbyCentres('hin', {
      longitude: 21.7,
      latitude: 13.05,
      distanceMeters: 2000,
    })
    expect(request(calledUrl(fetchMock)).path).toBe(
      '/resident/v1/proxy/masterdata/getcoordinatespecificregistrationcenters/hin/21.7/13.05/2000',
    )
    expect(centres.map((c) => c.id)).toEqual(['near', 'far', 'unknown'])
  })
})

describe('getLocationLevels', () => {
  it('offers the active levels 1 to 5 in order, never the country (0)', async () => {
    stubFetch(() =>
      ok({
        locationHierarchyLevels: [
          { hierarchyLevel: 3, hierarchyLevelName: 'City', isActive: true },
          { hierarchyLevel: 0, hierarchyLevelName: 'Country', isActive: true },
          { hierarchyLevel: 6, hierarchyLevelName: 'Street', isActive: true },
          { hierarchyLevel: 1, hierarchyLevelName: 'Region', isActive: true },
          { hierarchyLevel: 2, hierarchyLevelName: 'Province', isActive: false },
          { hierarchyLevel: 5, hierarchyLevelName: 'Postal Code', isActive: true },
        ],
      }),
    )
    const levels = await getLocationLevels('eng')
    expect(levels.map((l) => l.hierarchyLevel)).toEqual([1, 3, 5])
  })
})
