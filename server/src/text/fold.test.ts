import { describe, expect, it } from 'vitest'
import { escapeLike, foldForSearch } from './fold.ts'

describe('foldForSearch', () => {
  it('ignores case and Latin diacritics', () => {
    expect(foldForSearch('Salé')).toBe('sale')
    expect(foldForSearch('ÉCOLE')).toBe('ecole')
    expect(foldForSearch('Mañana')).toBe(foldForSearch('MANANA'))
  })

  it('treats composed and decomposed input alike', () => {
    expect(foldForSearch('Sale\u0301')).toBe(foldForSearch('Sal\u00e9'))
  })

  it('keeps Indic vowel signs and viramas, which change the word', () => {
    expect(foldForSearch('कोटा')).not.toBe(foldForSearch('कटा'))
    expect(foldForSearch('சென்னை')).toBe('சென்னை')
  })

  it('keeps Arabic letters intact', () => {
    expect(foldForSearch('الرباط')).toBe('الرباط')
  })
})

describe('escapeLike', () => {
  it('escapes LIKE wildcards so they match literally', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b')
  })
})
