import { describe, expect, it } from 'vitest'
import { legacyHashTarget } from './legacyHash.ts'

describe('legacyHashTarget', () => {
  it('maps the old public routes', () => {
    expect(legacyHashTarget('#/regcenter')).toBe('/regcenter')
    expect(legacyHashTarget('#/document')).toBe('/document')
    expect(legacyHashTarget('#/dashboard')).toBe('/')
    expect(legacyHashTarget('#/')).toBe('/')
    expect(legacyHashTarget('#/getuin')).toBe('/getuin')
    expect(legacyHashTarget('#/downloadMyUin')).toBe('/getuin')
    expect(legacyHashTarget('#/verify')).toBe('/verify')
  })

  it('keeps the query of deep links from old emails', () => {
    expect(legacyHashTarget('#/uinservices/trackservicerequest?eid=1234567890123456')).toBe(
      '/uinservices/trackservicerequest?eid=1234567890123456',
    )
    expect(legacyHashTarget('#/regcenter/')).toBe('/regcenter')
  })

  it('ignores ordinary fragments', () => {
    expect(legacyHashTarget('')).toBeUndefined()
    expect(legacyHashTarget('#main')).toBeUndefined()
  })

  it('never produces another origin', () => {
    expect(legacyHashTarget('#//evil.example/x')).toBe('/')
    expect(legacyHashTarget('#/\\evil.example')).toBe('/')
    expect(legacyHashTarget('#/https:evil')).toBe('/')
  })
})
