import { describe, expect, it } from 'vitest'
import { asciiDigits, cleanNumberInput } from './digits.ts'

describe('digits typed in any script', () => {
  it('become ASCII digits', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
    expect(asciiDigits('۱۲۳')).toBe('123')
    expect(asciiDigits('४५६')).toBe('456')
    expect(asciiDigits('೭೮೯')).toBe('789')
    expect(asciiDigits('௧௨௩')).toBe('123')
    expect(asciiDigits('１２３')).toBe('123')
    expect(asciiDigits('12a')).toBe('12a')
  })

  it('lose the spaces and dashes a pasted number carries', () => {
    expect(cleanNumberInput(' 1234 5678\u00a090-12 ')).toBe('123456789012')
    expect(cleanNumberInput('123 456')).toBe('123456')
  })
})
