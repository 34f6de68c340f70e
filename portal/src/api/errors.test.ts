import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../i18n/languages.ts'
import { ApiError, CLIENT_ERROR } from './client.ts'
import { ERROR_MESSAGES, errorText, formatWait } from './errors.ts'

const LOCALES = join(import.meta.dirname, '../locales')

/** The codes the issue-4 API contract names (Get my UIN, Verify, captcha, mailbox, limits). */
const CONTRACT_CODES = [
  'RES-SER-456',
  'RES-SER-410',
  'RES-SER-449',
  'IDA-MLC-018',
  'IDA-MLC-019',
  'IDA-OTA-001',
  'IDA-OTA-002',
  'RES-SER-909',
  'RES-OTP-006',
  'RES-OTP-007',
  'RES-SER-465',
  'RES-OTP-008',
  'RES-OTP-010',
  'RES-OTP-011',
  'RES-OTP-012',
  'RES-SER-509',
  'RES-SER-438',
  'RES-SER-422',
  'RES-SER-510',
  'RES-SER-905',
  'IDA-OTA-007',
  'RES-SER-901',
]

function lookup(language: string, fullKey: string): unknown {
  const at = fullKey.indexOf(':')
  const [ns, key] = at === -1 ? ['', fullKey] : [fullKey.slice(0, at), fullKey.slice(at + 1)]
  const file = join(LOCALES, ns, ns ? `${ns}.${language}.json` : `${language}.json`)
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'))
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return node
}

describe('error messages', () => {
  it('exist for every code of the contract', () => {
    expect(CONTRACT_CODES.filter((code) => !ERROR_MESSAGES[code])).toEqual([])
  })

  it('exist for every code the server registry lists', () => {
    const registry = join(import.meta.dirname, '../../../server/src/resident/errors.ts')
    // The portal may be built on its own, without the server beside it.
    if (!existsSync(registry)) return
    const codes = [...readFileSync(registry, 'utf8').matchAll(/^\s+'([A-Z]+-[A-Z]+-[\w]+)':/gm)]
      .map((m) => m[1] ?? '')
      .filter((code) => code !== '')
    expect(codes.length).toBeGreaterThan(20)
    expect(codes.filter((code) => !ERROR_MESSAGES[code])).toEqual([])
  })

  it('are written in all seven languages', () => {
    const missing: string[] = []
    for (const language of LANGUAGES) {
      for (const [code, key] of Object.entries(ERROR_MESSAGES)) {
        const text = lookup(language.code, key)
        if (typeof text !== 'string' || text.trim() === '') {
          missing.push(`${language.code}: ${code} → ${key}`)
        }
      }
      if (typeof lookup(language.code, 'services:errors.waitAndRetry') !== 'string') {
        missing.push(`${language.code}: waitAndRetry`)
      }
    }
    expect(missing).toEqual([])
  })

  it('say how long to wait when the server said', () => {
    const t = ((key: string, options?: { wait?: string }) =>
      options?.wait ? `${key} ${options.wait}` : key) as unknown as Parameters<typeof errorText>[0]
    const refused = new ApiError('RES-SER-905', 'x', 429, [], 120)
    expect(errorText(t, refused, 'en')).toBe('services:errors.waitAndRetry 2 minutes')
    expect(errorText(t, new ApiError('RES-OTP-007', 'x', 200))).toBe('services:errors.otpWrong')
    expect(errorText(t, new ApiError(CLIENT_ERROR.timeout, 'x'))).toBe('errors.timeout')
  })

  it('give the codes of the OTP routes their own plain messages (issue 9)', () => {
    const t = ((key: string) => key) as unknown as Parameters<typeof errorText>[0]
    const text = (code: string) => errorText(t, new ApiError(code, 'x', 200))
    // Sending a code (`/req/otp`, `/individualId/otp`): IDA's codes.
    expect(text('IDA-MLC-006')).toBe('errors.invalidInput')
    expect(text('IDA-MLC-009')).toBe('errors.invalidInput')
    expect(text('IDA-OTA-008')).toBe('services:errors.noContact')
    expect(text('IDA-MLC-018')).toBe('services:errors.idNotFound')
    expect(text('IDA-MLC-023')).toBe('services:errors.vidUnusable')
    expect(text('IDA-MLC-001')).toBe('services:errors.clock')
    // A channel whose contact is not registered: the resident needs a centre.
    const notRegistered =
      'Invalid Input Parameter - otpChannel: Phone not registered. Individual has to register and try again'
    const unregistered = new ApiError('IDA-MLC-009', notRegistered, 200, [
      { errorCode: 'IDA-MLC-009', errorMessage: notRegistered },
    ])
    expect(errorText(t, unregistered)).toBe('services:errors.noContact')
    expect(text('IDA-OTA-002')).toBe('services:errors.otpNotSent')
    // Checking it on `/validate-otp`: every failure is one code, which cannot say which.
    expect(text('RES-SER-422')).toBe('services:errors.otpRejected')
    // `/download-card` keeps telling a wrong code from an expired one.
    expect(text('RES-OTP-007')).toBe('services:errors.otpWrong')
    expect(text('RES-OTP-006')).toBe('services:errors.otpExpired')
    // `/channel/verification-status`: a number that is not a UIN or VID.
    expect(text('RES-SER-522')).toBe('services:idField.notRecognised')
    // Masterdata out of reach; a session the public pages never have.
    expect(text('RES-SER-412')).toBe('errors.unavailable')
    expect(text('KER-ACP-001')).toBe('errors.loginRequired')
    expect(text('KER-ATH-401')).toBe('errors.loginRequired')
  })

  it('say different things for a wrong code, an expired one and a refused one', () => {
    const keys = ['RES-OTP-007', 'RES-OTP-006', 'RES-SER-422'].map((code) => ERROR_MESSAGES[code])
    expect(new Set(keys).size).toBe(3)
    for (const language of LANGUAGES) {
      const texts = keys.map((key) => lookup(language.code, key ?? ''))
      expect(new Set(texts).size, language.code).toBe(3)
    }
  })

  it('put the wait in words, in the language shown', () => {
    expect(formatWait(45, 'en')).toBe('45 seconds')
    expect(formatWait(1, 'en')).toBe('1 second')
    expect(formatWait(60, 'en')).toBe('1 minute')
    expect(formatWait(61, 'en')).toBe('2 minutes')
    expect(formatWait(120, 'fr')).toBe('2 minutes')
    expect(formatWait(120, 'es')).toBe('2 minutos')
  })
})
