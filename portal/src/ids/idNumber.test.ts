import { describe, expect, it } from 'vitest'
import { checkId, idKindOf } from './idNumber.ts'

const lengths = { uin: 10, vid: 16, aid: 29 }
const all = ['UIN', 'VID', 'AID'] as const

describe('checking a typed UIN, VID or AID', () => {
  it('tells the kind from the number of digits', () => {
    expect(checkId('2345678901', lengths, all)).toEqual({ ok: true, id: '2345678901', kind: 'UIN' })
    expect(checkId('1234 5678 9012 3456', lengths, all)).toMatchObject({ ok: true, kind: 'VID' })
    expect(checkId('1'.repeat(29), lengths, all)).toMatchObject({ ok: true, kind: 'AID' })
  })

  it('accepts the digits of the resident’s own script', () => {
    expect(checkId('٢٣٤٥٦٧٨٩٠١', lengths, all)).toEqual({ ok: true, id: '2345678901', kind: 'UIN' })
  })

  it('says what is wrong: nothing typed, not only digits, or a length no id has', () => {
    expect(checkId('  ', lengths, all)).toEqual({ ok: false, problem: 'empty', digits: 0 })
    expect(checkId('12345abc90', lengths, all)).toMatchObject({ ok: false, problem: 'notDigits' })
    expect(checkId('123456789012', lengths, all)).toEqual({
      ok: false,
      problem: 'length',
      digits: 12,
    })
  })

  it('refuses a kind the form does not take (Verify takes no AID)', () => {
    expect(checkId('1'.repeat(29), lengths, ['UIN', 'VID'])).toMatchObject({
      ok: false,
      problem: 'length',
    })
    expect(idKindOf('1'.repeat(16), lengths, ['UIN'])).toBeUndefined()
  })

  it('follows the configured lengths', () => {
    expect(checkId('123456789012', { ...lengths, uin: 12 }, all)).toMatchObject({ kind: 'UIN' })
  })
})
