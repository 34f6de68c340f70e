import { describe, expect, it } from 'vitest'
import {
  browserLanguages,
  chooseLanguage,
  offeredLanguages,
  parseLanguageList,
} from './languages.ts'

describe('offered languages', () => {
  it('are mandatory then optional, deduplicated, unknown codes dropped', () => {
    expect(offeredLanguages('eng', 'fra,ara,hin,kan,tam,spa')).toEqual([
      'eng',
      'fra',
      'ara',
      'hin',
      'kan',
      'tam',
      'spa',
    ])
    expect(offeredLanguages('ara, eng', 'eng,xyz,fra')).toEqual(['ara', 'eng', 'fra'])
    expect(parseLanguageList(undefined)).toEqual([])
  })

  it('fall back to every shipped language when the lists are empty', () => {
    expect(offeredLanguages('', undefined)).toHaveLength(7)
  })
})

describe('choosing the language', () => {
  const offered = ['eng', 'fra', 'ara'] as const

  it('maps browser tags to our codes', () => {
    expect(browserLanguages(['fr-CA', 'en-GB', 'ar'], offered)).toEqual(['fra', 'eng', 'ara'])
    expect(browserLanguages(['de-DE', 'ta'], offered)).toEqual([])
  })

  it('prefers the remembered choice, then the browser, then the first mandatory language', () => {
    const base = { offered, mandatory: ['eng'] as const }
    expect(chooseLanguage({ ...base, stored: 'ara', browser: ['fr'] })).toBe('ara')
    expect(chooseLanguage({ ...base, stored: null, browser: ['de', 'fr-FR'] })).toBe('fra')
    expect(chooseLanguage({ ...base, stored: 'tam', browser: ['de'] })).toBe('eng')
    expect(chooseLanguage({ ...base, stored: 'garbage', browser: [] })).toBe('eng')
  })
})
