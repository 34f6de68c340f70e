/**
 * MOSIP's answer to each class of invalid input on the "Get information" routes, as the official
 * resident service gives it (service notes §2.2, §7; ProxyMasterdataController and the download
 * controller): the proxy validates almost nothing itself and forwards to masterdata. Whatever
 * masterdata answers as an error (nothing found, a value it rejects, a parameter Spring cannot
 * convert) is RES-SER-418; a call masterdata fails with an HTTP error (a negative page or level)
 * is RES-SER-412. The downloads check the language themselves (RES-SER-410) and the name
 * (RES-SER-518) first. Every answer is HTTP 200 with `errors[]`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

const API = '/resident/v1'
const MD = `${API}/proxy/masterdata`
/** Demo-country values that exist: the capital's code and name, a centre, a category. */
const CITY = 'R1P1C1'
const CITY_NAME = 'Chandrapur'
const CENTRE = '10001'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

interface Row {
  /** The input class: missing, empty, malformed, unknown, out of range, wrong state. */
  kind: 'missing' | 'empty' | 'malformed' | 'unknown' | 'out of range' | 'nothing found'
  what: string
  url: string
  code: string
}

async function firstError(url: string) {
  const res = await t.app.inject({ url })
  expect(res.statusCode, url).toBe(200)
  const body = res.json()
  expect(body.response, url).toBeNull()
  return body.errors[0] as { errorCode: string; message: string }
}

function table(route: string, rows: Row[]) {
  describe(route, () => {
    it.each(rows)('$kind: $what → $code', async ({ url, code }) => {
      const error = await firstError(url)
      expect(error.errorCode, url).toBe(code)
      expect(error.message, url).not.toBe('')
    })
  })
}

table('GET /proxy/masterdata/locationHierarchyLevels/{langcode}', [
  {
    kind: 'malformed',
    what: 'not a language code',
    url: `${MD}/locationHierarchyLevels/EN1`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/locationHierarchyLevels/xyz`,
    code: 'RES-SER-418',
  },
])

table('GET /proxy/masterdata/locations/immediatechildren/{locationcode}/{langcode}', [
  {
    kind: 'unknown',
    what: 'a location that does not exist',
    url: `${MD}/locations/immediatechildren/NOSUCH/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a code with spaces',
    url: `${MD}/locations/immediatechildren/${encodeURIComponent('a b')}/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/locations/immediatechildren/${CITY}/xyz`,
    code: 'RES-SER-418',
  },
])

table('GET /proxy/masterdata/locations/info/{locationcode}/{langcode}', [
  {
    kind: 'unknown',
    what: 'a location that does not exist',
    url: `${MD}/locations/info/NOSUCH/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'an overlong code',
    url: `${MD}/locations/info/${'X'.repeat(40)}/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/locations/info/${CITY}/xyz`,
    code: 'RES-SER-418',
  },
])

const page = `${MD}/registrationcenters/page`
table('GET /proxy/masterdata/registrationcenters/page/{langcode}/{hierarchylevel}/{name}', [
  {
    kind: 'nothing found',
    what: 'a name no location has',
    url: `${page}/eng/3/zzqqxx`,
    code: 'RES-SER-418',
  },
  {
    kind: 'nothing found',
    what: 'punctuation only',
    url: `${page}/eng/3/${encodeURIComponent('%%%')}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a control character in the name',
    url: `${page}/eng/3/${encodeURIComponent('\u0000Cha')}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a level that is not a number',
    url: `${page}/eng/abc/${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'a negative level (masterdata fails)',
    url: `${page}/eng/-1/${CITY_NAME}`,
    code: 'RES-SER-412',
  },
  {
    kind: 'out of range',
    what: 'a level beyond a Java short',
    url: `${page}/eng/99999/${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'nothing found',
    what: 'a level without locations',
    url: `${page}/eng/9/${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'page size 0 (masterdata fails)',
    url: `${page}/eng/3/${CITY_NAME}?pageSize=0`,
    code: 'RES-SER-412',
  },
  {
    kind: 'out of range',
    what: 'a negative page size',
    url: `${page}/eng/3/${CITY_NAME}?pageSize=-5`,
    code: 'RES-SER-412',
  },
  {
    kind: 'out of range',
    what: 'a negative page number',
    url: `${page}/eng/3/${CITY_NAME}?pageNumber=-1`,
    code: 'RES-SER-412',
  },
  {
    kind: 'nothing found',
    what: 'a page past the end',
    url: `${page}/eng/3/${CITY_NAME}?pageNumber=999`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'a page number beyond a Java int',
    url: `${page}/eng/3/${CITY_NAME}?pageNumber=1e999`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a page size that is not a number',
    url: `${page}/eng/3/${CITY_NAME}?pageSize=ten`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'a page size over our cap of 100',
    url: `${page}/eng/3/${CITY_NAME}?pageSize=101`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a sort field masterdata does not have',
    url: `${page}/eng/3/${CITY_NAME}?sortBy=colour`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'an order that is neither asc nor desc',
    url: `${page}/eng/3/${CITY_NAME}?orderBy=up`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${page}/xyz/3/${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'our nameLangCode in no language of the deployment',
    url: `${page}/eng/3/${CITY_NAME}?nameLangCode=xyz`,
    code: 'RES-SER-418',
  },
])

const names = `${MD}/registrationcenters`
table('GET /proxy/masterdata/registrationcenters/{langcode}/{hierarchylevel}/names', [
  { kind: 'missing', what: 'no name', url: `${names}/eng/3/names`, code: 'RES-SER-418' },
  { kind: 'empty', what: 'an empty name', url: `${names}/eng/3/names?name=`, code: 'RES-SER-418' },
  {
    kind: 'nothing found',
    what: 'a name no location has',
    url: `${names}/eng/3/names?name=Nowhere`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a level that is not a number',
    url: `${names}/eng/abc/names?name=${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'a negative level (masterdata fails)',
    url: `${names}/eng/-2/names?name=${CITY_NAME}`,
    code: 'RES-SER-412',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${names}/xyz/3/names?name=${CITY_NAME}`,
    code: 'RES-SER-418',
  },
])

const near = `${MD}/getcoordinatespecificregistrationcenters`
table(
  'GET /proxy/masterdata/getcoordinatespecificregistrationcenters/{langcode}/{longitude}/{latitude}/{proximitydistance}',
  [
    {
      kind: 'malformed',
      what: 'a longitude that is not a number',
      url: `${near}/eng/east/13.05/2000`,
      code: 'RES-SER-418',
    },
    {
      kind: 'out of range',
      what: 'longitude 181',
      url: `${near}/eng/181/13.05/2000`,
      code: 'RES-SER-418',
    },
    {
      kind: 'out of range',
      what: 'latitude -91',
      url: `${near}/eng/21.7/-91/2000`,
      code: 'RES-SER-418',
    },
    {
      kind: 'out of range',
      what: 'distance 0',
      url: `${near}/eng/21.7/13.05/0`,
      code: 'RES-SER-418',
    },
    {
      kind: 'malformed',
      what: 'a distance that is not a number',
      url: `${near}/eng/21.7/13.05/far`,
      code: 'RES-SER-418',
    },
    {
      kind: 'nothing found',
      what: 'the middle of the ocean',
      url: `${near}/eng/-150/-40/2000`,
      code: 'RES-SER-418',
    },
    {
      kind: 'unknown',
      what: 'a language masterdata does not hold',
      url: `${near}/xyz/21.7/13.05/2000`,
      code: 'RES-SER-418',
    },
  ],
)

table('GET /proxy/masterdata/workingdays/{registrationCenterID}/{langCode}', [
  {
    kind: 'unknown',
    what: 'a centre that does not exist',
    url: `${MD}/workingdays/99999/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'a centre id with a slash',
    url: `${MD}/workingdays/${encodeURIComponent('1/2')}/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/workingdays/${CENTRE}/xyz`,
    code: 'RES-SER-418',
  },
])

table('GET /proxy/masterdata/validdocuments/{langCode}', [
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/validdocuments/xyz`,
    code: 'RES-SER-418',
  },
  {
    kind: 'malformed',
    what: 'not a language code',
    url: `${MD}/validdocuments/e`,
    code: 'RES-SER-418',
  },
])

table('GET /proxy/masterdata/documenttypes/{documentcategorycode}/{langcode}', [
  {
    kind: 'unknown',
    what: 'a category that does not exist',
    url: `${MD}/documenttypes/NOPE/eng`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language masterdata does not hold',
    url: `${MD}/documenttypes/POA/xyz`,
    code: 'RES-SER-418',
  },
])

const list = `${API}/download/registration-centers-list`
table('GET /download/registration-centers-list', [
  {
    kind: 'missing',
    what: 'no langcode (Spring refuses the request)',
    url: `${list}?hierarchylevel=3&name=${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'empty',
    what: 'an empty langcode',
    url: `${list}?langcode=&hierarchylevel=3&name=${CITY_NAME}`,
    code: 'RES-SER-410',
  },
  {
    kind: 'unknown',
    what: 'a language the deployment does not offer',
    url: `${list}?langcode=xyz&hierarchylevel=3&name=${CITY_NAME}`,
    code: 'RES-SER-410',
  },
  {
    kind: 'missing',
    what: 'no name',
    url: `${list}?langcode=eng&hierarchylevel=3`,
    code: 'RES-SER-518',
  },
  {
    kind: 'empty',
    what: 'a blank name',
    url: `${list}?langcode=eng&hierarchylevel=3&name=%20`,
    code: 'RES-SER-518',
  },
  {
    kind: 'malformed',
    what: 'a level that is not a number',
    url: `${list}?langcode=eng&hierarchylevel=abc&name=${CITY_NAME}`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'a negative level (masterdata fails)',
    url: `${list}?langcode=eng&hierarchylevel=-1&name=${CITY_NAME}`,
    code: 'RES-SER-412',
  },
  {
    kind: 'nothing found',
    what: 'a name no location has',
    url: `${list}?langcode=eng&hierarchylevel=3&name=zzqqxx`,
    code: 'RES-SER-418',
  },
])

const nearest = `${API}/download/nearestRegistrationcenters`
table('GET /download/nearestRegistrationcenters', [
  {
    kind: 'missing',
    what: 'no longitude',
    url: `${nearest}?langcode=eng&latitude=13.05&proximitydistance=2000`,
    code: 'RES-SER-418',
  },
  {
    kind: 'unknown',
    what: 'a language the deployment does not offer',
    url: `${nearest}?langcode=xyz&longitude=21.7&latitude=13.05&proximitydistance=2000`,
    code: 'RES-SER-410',
  },
  {
    kind: 'malformed',
    what: 'a latitude that is not a number',
    url: `${nearest}?langcode=eng&longitude=21.7&latitude=north&proximitydistance=2000`,
    code: 'RES-SER-418',
  },
  {
    kind: 'out of range',
    what: 'latitude 91',
    url: `${nearest}?langcode=eng&longitude=21.7&latitude=91&proximitydistance=2000`,
    code: 'RES-SER-418',
  },
  {
    kind: 'nothing found',
    what: 'the middle of the ocean',
    url: `${nearest}?langcode=eng&longitude=-150&latitude=-40&proximitydistance=2000`,
    code: 'RES-SER-418',
  },
])

const documents = `${API}/download/supporting-documents`
table('GET /download/supporting-documents', [
  {
    kind: 'missing',
    what: 'no langcode (Spring refuses the request)',
    url: documents,
    code: 'RES-SER-418',
  },
  { kind: 'empty', what: 'an empty langcode', url: `${documents}?langcode=`, code: 'RES-SER-410' },
  {
    kind: 'unknown',
    what: 'a language the deployment does not offer',
    url: `${documents}?langcode=xyz`,
    code: 'RES-SER-410',
  },
])

describe('a location without children', () => {
  it('nothing found: a postal code has no children → RES-SER-418', async () => {
    const [postal] = await t.ports.masterdata.immediateChildren(`${CITY}Z1`, 'eng')
    if (!postal) throw new Error('the demo country has a zone without postal codes')
    const error = await firstError(`${MD}/locations/immediatechildren/${postal.code}/eng`)
    expect(error.errorCode).toBe('RES-SER-418')
  })
})

describe('the time-zone-offset header of the downloads', () => {
  it('malformed: Spring cannot read it as a number → RES-SER-418', async () => {
    const res = await t.app.inject({
      url: `${documents}?langcode=eng`,
      headers: { 'time-zone-offset': 'east' },
    })
    expect(res.json().errors[0].errorCode).toBe('RES-SER-418')
  })

  it('out of range, or a number no clock has (1e999 read as Infinity), is refused the same way', async () => {
    for (const offset of ['1441', '-1441', 'Infinity', '1e999', '9'.repeat(400)]) {
      const res = await t.app.inject({
        url: `${documents}?langcode=eng`,
        headers: { 'time-zone-offset': offset },
      })
      expect(res.statusCode, offset).toBe(200)
      expect(res.json().errors[0].errorCode, offset).toBe('RES-SER-418')
    }
    const east = await t.app.inject({
      url: `${documents}?langcode=eng`,
      headers: { 'time-zone-offset': '-330' },
    })
    expect(east.headers['content-type']).toBe('application/pdf')
  })
})
