import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/client.ts'
import { isNoneNearby, mayBePastTheEnd, noCentreReason } from './noResult.ts'

const masterdata = (message: string) => new ApiError('RES-SER-418', message, 200)

describe('a search by name that finds nothing', () => {
  it('is "no centre matches" for masterdata’s "Registration Center not found"', () => {
    expect(noCentreReason(masterdata('Registration Center not found'))).toBe('noneFound')
    expect(noCentreReason(masterdata('No Registration center found'))).toBe('noneFound')
  })

  it('is "unknown location" when masterdata knows no such place', () => {
    expect(noCentreReason(masterdata('Location not found'))).toBe('unknownLocation')
    expect(noCentreReason(masterdata('Location Hierarchy not found'))).toBe('unknownLocation')
  })

  it('is "no centre matches" for any other "nothing found" (no message, the older code)', () => {
    expect(noCentreReason(masterdata(''))).toBe('noneFound')
    expect(noCentreReason(new ApiError('RES-SER-470', 'No Record(s) found', 200))).toBe('noneFound')
  })

  it('is no reason at all for a real failure, which the page shows as an error', () => {
    expect(noCentreReason(new ApiError('RES-SER-412', 'Unable to access API resource', 200))).toBe(
      undefined,
    )
    expect(noCentreReason(new ApiError('NETWORK', 'Network error'))).toBe(undefined)
    expect(noCentreReason(new Error('Location not found'))).toBe(undefined)
  })
})

describe('a page after the first that finds nothing', () => {
  it('may be past the end, so the first page is asked again', () => {
    const none = masterdata('Registration Center not found')
    expect(mayBePastTheEnd(none, 2)).toBe(true)
    expect(mayBePastTheEnd(none, 1)).toBe(false)
    expect(mayBePastTheEnd(new ApiError('RES-SER-412', 'x', 200), 3)).toBe(false)
  })
})

describe('a nearby search that finds nothing', () => {
  it('is "none near you" when the server answers MOSIP’s error instead of an empty list', () => {
    expect(isNoneNearby(masterdata('Registration Center not found'))).toBe(true)
    expect(isNoneNearby(new ApiError('RES-SER-412', 'x', 200))).toBe(false)
  })
})
