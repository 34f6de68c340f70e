import { describe, expect, it } from 'vitest'
import { isSafeText } from './safe-text.ts'

describe('isSafeText', () => {
  it('accepts text in every script residents use, joiners included', () => {
    for (const text of ['Salé', 'الرباط', 'कोटा', 'ಬೆಂಗಳೂರು', 'சென்னை', 'क्\u200Dष', 'Mañana 12']) {
      expect(isSafeText(text)).toBe(true)
    }
  })

  it('refuses control characters, lone surrogates and bidi overrides', () => {
    for (const text of ['a\u0000b', 'tab\there', '\uD800x', 'abc\u202Edef', 'x\u2066y', '\uFFFF']) {
      expect(isSafeText(text)).toBe(false)
    }
  })
})
