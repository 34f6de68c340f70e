import { describe, expect, it } from 'vitest'
import { maskEmail, maskId } from './mask.ts'

/** The short and odd values MOSIP's maskings leave alone, or treat as having no domain. */
describe('masking at the edges', () => {
  it('leaves an email whose local part has three characters or fewer as it is', () => {
    expect(maskEmail('ab@example.org')).toBe('ab@example.org')
    expect(maskEmail('a@example.org')).toBe('a@example.org')
    expect(maskEmail('abcd@example.org')).toBe('abc*@example.org')
  })

  it('treats an @ in first place as part of the value, not the start of a domain', () => {
    expect(maskId('@example.org')).toBe('@XXXXXXXXXrg')
    expect(maskEmail('@example.org')).toBe('@ex*********')
  })
})
