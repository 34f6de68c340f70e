import { describe, expect, it } from 'vitest'
import type { Identity } from '../platform/identity.ts'
import { cardPassword } from './password.ts'

function identity(fullName: Identity['fullName'], dateOfBirth = '1987/03/14'): Identity {
  return {
    uin: '4829173560',
    status: 'ACTIVATED',
    fullName,
    gender: { eng: 'Female' },
    dateOfBirth,
    address: { eng: '12 Palm Road' },
    languages: Object.keys(fullName),
    email: null,
    phone: null,
    photo: null,
    issuedAt: new Date('2026-01-15T00:00:00Z'),
  }
}

describe('cardPassword (MOSIP: first four letters of the first name in capitals + birth year)', () => {
  it('takes the first four letters of the first word', () => {
    expect(cardPassword(identity({ eng: 'Amina Diallo' }), 'eng')).toBe('AMIN1987')
    expect(cardPassword(identity({ eng: 'Jean-Baptiste Kouassi' }), 'eng')).toBe('JEAN1987')
  })

  it('repeats a short first name from its start, as MOSIP pads it', () => {
    expect(cardPassword(identity({ eng: 'Ali Benali' }, '2001/12/31'), 'eng')).toBe('ALIA2001')
    expect(cardPassword(identity({ eng: 'Jo March' }), 'eng')).toBe('JOJO1987')
    expect(cardPassword(identity({ eng: 'X Æ' }), 'eng')).toBe('XXXX1987')
  })

  it("reads the name in the deployment's first mandatory language, not the resident's", () => {
    const resident = identity({ ara: 'أمينة ديالو', eng: 'Amina Diallo' })
    expect(cardPassword(resident, 'eng')).toBe('AMIN1987')
    // Scripts without case stay as they are.
    expect(cardPassword(resident, 'ara')).toBe('أمين1987')
    expect(cardPassword(identity({ eng: '  émile zola ' }), 'eng')).toBe('ÉMIL1987')
  })
})
