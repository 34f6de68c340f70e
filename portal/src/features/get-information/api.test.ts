import { describe, expect, expectTypeOf, it } from 'vitest'
import type { RegistrationCentre } from './api.ts'
import { centreListPdfUrl, nearbyCentresPdfUrl, supportingDocumentsPdfUrl } from './api.ts'

describe('PDF download addresses', () => {
  it('name the search, with the language of the text only when it differs', () => {
    expect(centreListPdfUrl('eng', { level: 3, text: 'Rabat Ville', nameLangCode: 'eng' })).toBe(
      '/resident/v1/download/registration-centers-list?langcode=eng&hierarchylevel=3&name=Rabat+Ville',
    )
    const url = new URL(
      centreListPdfUrl('ara', { level: 1, text: 'Rabat & Salé', nameLangCode: 'eng' }),
      'http://x',
    )
    expect(Object.fromEntries(url.searchParams)).toEqual({
      langcode: 'ara',
      hierarchylevel: '1',
      name: 'Rabat & Salé',
      nameLangCode: 'eng',
    })
  })

  it('name the position and distance for centres nearby', () => {
    expect(
      nearbyCentresPdfUrl('fra', { longitude: -6.8498, latitude: 33.9716, distanceMeters: 2000 }),
    ).toBe(
      '/resident/v1/download/nearestRegistrationcenters?langcode=fra&longitude=-6.8498&latitude=33.9716&proximitydistance=2000',
    )
  })

  it('name the language of the supporting documents', () => {
    expect(supportingDocumentsPdfUrl('hin')).toBe(
      '/resident/v1/download/supporting-documents?langcode=hin',
    )
  })
})

// Checked by `tsc -p portal` (part of `npm test`): the types come from the server's schemas.
describe('Centre types', () => {
  it('leave our centre fields optional, as a MOSIP server sends none of them', () => {
    expectTypeOf<RegistrationCentre['workingDays']>().toBeNullable()
    expectTypeOf<RegistrationCentre['name']>().toEqualTypeOf<string>()
  })
})
