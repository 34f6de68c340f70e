import { describe, expect, it } from 'vitest'
import { DEFAULT_NEARBY_METERS, preRegistrationLink, settingsFrom } from './settings.ts'

describe('settings from ui-properties', () => {
  it('reads languages, radius and the pre-registration address', () => {
    const properties = {
      'mosip.mandatory-languages': 'eng',
      'mosip.optional-languages': 'fra,ara,eng',
      'resident.nearby.centers.distance.meters': 3000,
      'mosip.resident.prereg.url': 'https://prereg.example.org/',
    }
    const settings = settingsFrom(properties)
    expect(settings).toEqual({
      mandatoryLanguages: ['eng'],
      offeredLanguages: ['eng', 'fra', 'ara'],
      nearbyDistanceMeters: 3000,
      preRegistrationUrl: 'https://prereg.example.org/',
      properties,
    })
  })

  it("falls back to MOSIP's key and defaults, and refuses non-http addresses", () => {
    expect(
      settingsFrom({ 'mosip-prereg-ui-url': 'https://pre.example/ui' }).preRegistrationUrl,
    ).toBe('https://pre.example/ui')
    expect(
      settingsFrom({ 'mosip.resident.prereg.url': 'javascript:alert(1)' }).preRegistrationUrl,
    ).toBe(undefined)
    const empty = settingsFrom({ 'resident.nearby.centers.distance.meters': 'abc' })
    expect(empty.nearbyDistanceMeters).toBe(DEFAULT_NEARBY_METERS)
    expect(empty.offeredLanguages).toHaveLength(7)
  })

  it("links to the pre-registration portal in the resident's language", () => {
    expect(preRegistrationLink('https://pre.example/', 'fra')).toBe('https://pre.example/#/fra')
    expect(preRegistrationLink('https://pre.example/app#/eng', 'ara')).toBe(
      'https://pre.example/app#/ara',
    )
  })
})
