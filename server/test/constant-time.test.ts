import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { sameHash } from '../src/platform/embedded/id-auth/otp-code.ts'

/**
 * Hashes, tokens, OTPs, signatures and secrets are compared in constant time
 * (`crypto.timingSafeEqual`, as `sameHash` does): `===` on them leaks, through its timing, how
 * many leading characters matched. This searches the server's source for such comparisons.
 */
const SRC = path.resolve(import.meta.dirname, '../src')

/** Last words of a name that holds a secret or something checked against one. */
const SECRET_WORDS = new Set(
  'hash hashes token otp otps signature secret digest hmac mac password passcode nonce'.split(' '),
)

/** `otpHash`, `otp_hash`, `OTP`, `givenDigest`: its last word is a secret's. */
function secretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter(Boolean)
  return SECRET_WORDS.has((words.at(-1) ?? '').toLowerCase())
}

/** Operands that are never secrets: literals, `typeof`, lengths, constants in capitals. */
function harmless(operand: string): boolean {
  return (
    /^(?:null|undefined|true|false|-?\d[\d_.]*|'[^']*'|"[^"]*"|`[^`]*`)$/.test(operand) ||
    /^typeof\b/.test(operand) ||
    /\.(?:length|size|byteLength)$/.test(operand) ||
    /^[A-Z][A-Z0-9_]*$/.test(operand)
  )
}

/** The last name of an operand: `stored.otpHash` → `otpHash`, `keys['mac']` → `mac`. */
function lastName(operand: string): string {
  const cleaned = operand.replace(/[?!]/g, '').replace(/\[['"]?([\w$]+)['"]?\]$/, '.$1')
  return cleaned.split('.').pop() ?? cleaned
}

const OPERAND = String.raw`(?:typeof\s+)?[\w$.?!\[\]'"]+(?:\([^()]*\))?`
const COMPARISON = new RegExp(`(${OPERAND})\\s*(?:===|!==|==|!=)\\s*(${OPERAND})`, 'g')
const BUFFER_EQUALS = /([\w$.?]+)\.equals\(\s*([\w$.?]+)\s*\)|Buffer\.compare\(\s*([\w$.?]+)/g

/** Comparisons in `code` (one file) that may compare a secret in variable time. */
export function variableTimeComparisons(code: string): string[] {
  const found: string[] = []
  const lines = code
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .split('\n')
  lines.forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '')
    for (const m of line.matchAll(COMPARISON)) {
      const [, left = '', right = ''] = m
      const secret = [left, right].some((op) => !harmless(op) && secretName(lastName(op)))
      if (secret && !harmless(left) && !harmless(right)) found.push(`${i + 1}: ${m[0].trim()}`)
    }
    for (const m of line.matchAll(BUFFER_EQUALS)) {
      const names = [m[1], m[2], m[3]].filter((n): n is string => Boolean(n)).map(lastName)
      if (names.some(secretName)) found.push(`${i + 1}: ${m[0].trim()}`)
    }
  })
  return found
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

describe('constant-time comparison of secrets', () => {
  it('finds the comparisons it is meant to find, and only those', () => {
    const flagged = [
      'if (stored.otpHash === given) return true',
      'return token !== expected',
      'if (a.signature == b.signature) ok()',
      'const same = hmacOf(x) === request.headers.mac',
      'if (row?.otp_hash === hash) done()',
      'return storedDigest.equals(givenDigest)',
      'if (password === input.password) login()',
    ]
    for (const line of flagged) expect(variableTimeComparisons(line), line).toHaveLength(1)
    const allowed = [
      "if (typeof token === 'string') use(token)",
      'if (tokenId === null) return',
      "if (error.errorCode === 'IDA-OTA-003') expired()",
      'return x.length === y.length && crypto.timingSafeEqual(x, y)',
      "if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a font')",
      'if (otp === undefined) missing()',
      '// a comment: stored.otpHash === given',
      'if (status === expected) fine()',
    ]
    for (const line of allowed) expect(variableTimeComparisons(line), line).toEqual([])
  })

  it('never compares a hash, token, OTP, signature or secret of the server with ===', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      variableTimeComparisons(fs.readFileSync(file, 'utf8')).map(
        (hit) => `${path.relative(SRC, file)}:${hit}`,
      ),
    )
    expect(offenders).toEqual([])
  })

  it('decides whether two OTP hashes match with crypto.timingSafeEqual', () => {
    const spy = vi.spyOn(crypto, 'timingSafeEqual')
    try {
      const hash = crypto.randomBytes(32).toString('hex')
      const other = crypto.randomBytes(32).toString('hex')
      expect(sameHash(hash, hash)).toBe(true)
      expect(sameHash(hash, other)).toBe(false)
      expect(spy).toHaveBeenCalledTimes(2)
      // Hashes of different lengths never match (timingSafeEqual would throw on them).
      expect(sameHash(hash, hash.slice(2))).toBe(false)
    } finally {
      spy.mockRestore()
    }
  })
})
