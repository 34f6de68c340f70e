import type { Challenge } from 'altcha-lib/types'
import { describe, expect, it } from 'vitest'
import { captchaHeaderValue } from './captchaHeader.ts'

const challenge: Challenge = {
  parameters: {
    algorithm: 'PBKDF2/SHA-256',
    nonce: 'ab',
    salt: 'cd',
    cost: 1,
    keyLength: 32,
    keyPrefix: '00',
    data: { note: 'رقم é' },
  },
  signature: 'ef',
}

describe('the captcha header', () => {
  it('carries the challenge as received and the solution, base64 JSON', () => {
    const solution = { counter: 7, derivedKey: '00aa', time: 12 }
    const value = captchaHeaderValue(challenge, solution)
    expect(value).toMatch(/^[A-Za-z0-9+/]+=*$/)
    const decoded = JSON.parse(Buffer.from(value, 'base64').toString('utf8'))
    expect(decoded).toEqual({ challenge, solution })
  })
})
