import crypto from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CompactSign, compactVerify } from 'jose'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config.ts'
import { newCardSigningPem } from './card-signing.ts'
import { loadKeys } from './load.ts'

/** The least a production deployment sets: a way to send OTPs (else it refuses to start). */
const PRODUCTION = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }

const dirs: string[] = []
function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'keys-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const b64 = (bytes = 32) => crypto.randomBytes(bytes).toString('base64')

describe('loadKeys', () => {
  it('generates missing keys once into DATA_DIR/keys (owner-only) and reuses them', async () => {
    const dir = dataDir()
    const config = loadConfig({ DATA_DIR: dir })
    const first = await loadKeys(config)
    const second = await loadKeys(config)
    expect(second.cardSigning.publicJwk.kid).toBe(first.cardSigning.publicJwk.kid)
    expect(Buffer.from(second.otpHmacKey)).toEqual(Buffer.from(first.otpHmacKey))
    expect(Buffer.from(second.idHashSalt)).toEqual(Buffer.from(first.idHashSalt))
    expect(Buffer.from(first.otpHmacKey)).not.toEqual(Buffer.from(first.idHashSalt))
    const files = readdirSync(path.join(dir, 'keys')).sort()
    expect(files).toEqual(['card-signing-key.pem', 'id-hash-salt.b64', 'otp-hmac-key.b64'])
    for (const file of files) {
      expect(statSync(path.join(dir, 'keys', file)).mode & 0o777).toBe(0o600)
    }
    // Another data folder means another deployment: other keys.
    const other = await loadKeys(loadConfig({ DATA_DIR: dataDir() }))
    expect(other.cardSigning.publicJwk.kid).not.toBe(first.cardSigning.publicJwk.kid)
  })

  it('refuses to start in production without keys, naming the variables to set', async () => {
    const dir = dataDir()
    const none = loadConfig({ ...PRODUCTION, DATA_DIR: dir })
    await expect(loadKeys(none)).rejects.toThrow(ConfigError)
    await expect(loadKeys(none)).rejects.toThrow(/OTP_HMAC_KEY, ID_HASH_SALT, CARD_SIGNING_KEY/)
    const onlyCardMissing = loadConfig({
      ...PRODUCTION,
      DATA_DIR: dir,
      OTP_HMAC_KEY: b64(),
      ID_HASH_SALT: b64(),
    })
    const error = await loadKeys(onlyCardMissing).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect(String(error)).toContain('set CARD_SIGNING_KEY')
    expect(String(error)).not.toContain('OTP_HMAC_KEY')
    expect(readdirSync(dir)).toEqual([])
  })

  it('uses the keys it is given, and generates in production only when allowed', async () => {
    const pem = newCardSigningPem()
    const otp = b64(48)
    const config = loadConfig({
      ...PRODUCTION,
      DATA_DIR: dataDir(),
      OTP_HMAC_KEY: otp,
      ID_HASH_SALT: b64(),
      // As an environment variable often carries it: on one line with literal \n.
      CARD_SIGNING_KEY: pem.replaceAll('\n', '\\n'),
    })
    const keys = await loadKeys(config)
    expect(Buffer.from(keys.otpHmacKey).toString('base64')).toBe(otp)
    const { kid, alg, use, kty, crv, x, d } = keys.cardSigning.publicJwk as Record<string, unknown>
    expect({ alg, use, kty, crv, d }).toEqual({
      alg: 'EdDSA',
      use: 'sig',
      kty: 'OKP',
      crv: 'Ed25519',
      d: undefined,
    })
    expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // The given PEM's public half is the published one, and the loaded private key signs for it.
    expect(x).toBe(crypto.createPublicKey(pem).export({ format: 'jwk' }).x)
    const jws = await new CompactSign(new TextEncoder().encode('card'))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(keys.cardSigning.privateKey)
    const verified = await compactVerify(jws, crypto.createPublicKey(pem))
    expect(new TextDecoder().decode(verified.payload)).toBe('card')

    const allowed = loadConfig({
      ...PRODUCTION,
      ALLOW_GENERATED_KEYS: 'true',
      DATA_DIR: dataDir(),
    })
    // Allowed in production: the missing keys are generated, full length and of the right kind.
    const generated = await loadKeys(allowed)
    expect(generated.otpHmacKey.length).toBeGreaterThanOrEqual(32)
    expect(generated.idHashSalt.length).toBeGreaterThanOrEqual(32)
    expect(generated.cardSigning.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' })
  })

  it('rejects short or malformed keys, naming the variable but never echoing the value', async () => {
    const base = { ...PRODUCTION, DATA_DIR: dataDir(), ID_HASH_SALT: b64() }
    const pem = newCardSigningPem()
    const short = b64(16)
    await expect(
      loadKeys(loadConfig({ ...base, OTP_HMAC_KEY: short, CARD_SIGNING_KEY: pem })),
    ).rejects.toThrow(/^OTP_HMAC_KEY must be base64 of at least 32/)
    const rsa = crypto
      .generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString()
    const error = await loadKeys(
      loadConfig({ ...base, OTP_HMAC_KEY: b64(), CARD_SIGNING_KEY: rsa }),
    ).catch((e: unknown) => String(e))
    expect(error).toMatch(/CARD_SIGNING_KEY must hold a PKCS#8 PEM Ed25519 private key/)
    expect(error).not.toContain('PRIVATE KEY-----')
    expect(error).not.toContain(short)
  })
})
