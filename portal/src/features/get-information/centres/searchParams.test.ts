import { describe, expect, it } from 'vitest'
import { readSearchQuery, writeSearchQuery } from './searchParams.ts'

describe('centre search in the URL', () => {
  it('reads a full query and round-trips it', () => {
    const params = new URLSearchParams('level=3&text=Rabat&in=eng&page=2&size=5')
    const query = readSearchQuery(params)
    expect(query).toEqual({ level: 3, text: 'Rabat', textLang: 'eng', page: 2, size: 5 })
    expect(query && readSearchQuery(writeSearchQuery(query))).toEqual(query)
    expect(query && writeSearchQuery(query).toString()).toBe(
      'level=3&text=Rabat&in=eng&page=2&size=5',
    )
  })

  it('defaults page and size', () => {
    expect(readSearchQuery(new URLSearchParams('level=1&text=الرباط'))).toEqual({
      level: 1,
      text: 'الرباط',
      page: 1,
      size: 10,
    })
    expect(readSearchQuery(new URLSearchParams('level=1&text=abc&page=0&size=7'))).toMatchObject({
      page: 1,
      size: 10,
    })
  })

  it('ignores a text language the portal does not know, and writes none when there is none', () => {
    const query = readSearchQuery(new URLSearchParams('level=2&text=Rabat&in=xyz'))
    expect(query).toEqual({ level: 2, text: 'Rabat', page: 1, size: 10 })
    expect(query && writeSearchQuery(query).has('in')).toBe(false)
  })

  it('rejects levels outside 1..5 and unsearchable text', () => {
    expect(readSearchQuery(new URLSearchParams('level=6&text=abc'))).toBeUndefined()
    expect(readSearchQuery(new URLSearchParams('level=0&text=abc'))).toBeUndefined()
    expect(readSearchQuery(new URLSearchParams('level=x&text=abc'))).toBeUndefined()
    expect(readSearchQuery(new URLSearchParams('level=2&text=ab'))).toBeUndefined()
    expect(readSearchQuery(new URLSearchParams(''))).toBeUndefined()
  })
})
