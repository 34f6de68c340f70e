import { describe, expect, it } from 'vitest'
import { PARTS, selectedParts } from './parts.ts'

describe('selectedParts', () => {
  it('measures everything unless told otherwise', () => {
    expect([...selectedParts([], undefined)]).toEqual([...PARTS])
  })

  it('takes --only with a space or an equals sign, or BENCH_ONLY', () => {
    expect([...selectedParts(['--only', 'otp'], undefined)]).toEqual(['otp'])
    expect([...selectedParts(['--only=otp,pdf'], undefined)]).toEqual(['otp', 'pdf'])
    expect([...selectedParts([], 'centres')]).toEqual(['centres'])
    expect([...selectedParts(['--only', 'pdf'], 'otp')]).toEqual(['pdf'])
  })

  it('refuses a part it does not know, rather than measuring nothing', () => {
    expect(() => selectedParts(['--only', 'otps'], undefined)).toThrow(
      'unknown benchmark part "otps"',
    )
    expect(() => selectedParts(['--only'], undefined)).toThrow('--only needs')
  })
})
