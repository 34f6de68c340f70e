import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDistance,
  formatList,
  formatTime,
  isSearchableText,
  telHref,
} from './format.ts'

describe('centre formatting', () => {
  it('formats opening hours in the language, independent of the reader time zone', () => {
    expect(formatTime('09:00:00', 'en')).toBe('9:00 AM')
    expect(formatTime('17:30:00', 'fr')).toBe('17:30')
    expect(formatTime('not a time', 'en')).toBe('not a time')
    expect(formatTime('', 'en')).toBe('')
  })

  it('formats holiday dates as a long date', () => {
    expect(formatDate('2025-12-25', 'en')).toBe('December 25, 2025')
    expect(formatDate('2025-12-25', 'fr')).toBe('25 décembre 2025')
    expect(formatDate('soon', 'en')).toBe('soon')
  })

  it('formats distances in metres and kilometres', () => {
    expect(formatDistance(850, 'en')).toBe('850 m')
    expect(formatDistance(1234, 'en')).toBe('1.2 km')
    // The space before the unit is a no-break space of some width, depending on the ICU version.
    expect(formatDistance(1234, 'fr').replace(/[\u00a0\u202f]/g, ' ')).toBe('1,2 km')
    expect(formatDistance(2000, 'en')).toBe('2 km')
  })

  it('joins working days with the locale list style', () => {
    expect(formatList(['Monday', 'Tuesday', 'Friday'], 'en')).toBe('Monday, Tuesday, and Friday')
  })

  it('builds tel: links from phone numbers', () => {
    expect(telHref('+91 937 997 757')).toBe('tel:+91937997757')
    expect(telHref('937-997-757')).toBe('tel:937997757')
    expect(telHref('n/a')).toBeUndefined()
  })

  it('accepts search text of 3 letters or digits in any script', () => {
    expect(isSearchableText('Rab')).toBe(true)
    expect(isSearchableText('الرباط')).toBe(true)
    expect(isSearchableText('ಬೆಂಗ')).toBe(true)
    expect(isSearchableText('100')).toBe(true)
    expect(isSearchableText('ab')).toBe(false)
    expect(isSearchableText('  a  ')).toBe(false)
    expect(isSearchableText('!!!')).toBe(false)
    expect(isSearchableText('---')).toBe(false)
  })
})
