import { describe, expect, it } from 'vitest'
import { hasValidVerhoeff, verhoeffDigit } from './verhoeff.ts'

describe('Verhoeff check digit', () => {
  it('matches published examples', () => {
    expect(verhoeffDigit('236')).toBe('3')
    expect(verhoeffDigit('12345')).toBe('1')
    expect(verhoeffDigit('142857')).toBe('0')
    expect(hasValidVerhoeff('2363')).toBe(true)
    expect(hasValidVerhoeff('123451')).toBe(true)
  })

  it('catches every single-digit error and every swap of neighbours', () => {
    const id = '4827193050'.slice(0, 9)
    const full = id + verhoeffDigit(id)
    expect(hasValidVerhoeff(full)).toBe(true)
    for (let i = 0; i < full.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === full[i]) continue
        const typo = full.slice(0, i) + d + full.slice(i + 1)
        expect(hasValidVerhoeff(typo)).toBe(false)
      }
      if (i + 1 < full.length && full[i] !== full[i + 1]) {
        const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2)
        expect(hasValidVerhoeff(swapped)).toBe(false)
      }
    }
  })

  it('refuses what is not digits', () => {
    expect(hasValidVerhoeff('23a3')).toBe(false)
    expect(hasValidVerhoeff('')).toBe(false)
    expect(() => verhoeffDigit('12x')).toThrow()
  })
})
