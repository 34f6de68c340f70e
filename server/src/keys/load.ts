import crypto from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type Config, ConfigError } from '../config.ts'
import type { Keys } from '../platform/keys.ts'
import { cardSigningFromPem, newCardSigningPem } from './card-signing.ts'

/** Shortest secret we accept: 256 bits. */
const MIN_SECRET_BYTES = 32

interface KeySpec {
  /** The environment variable that provides it. */
  variable: string
  /** Its file under DATA_DIR/keys when generated. */
  file: string
  generate(): string
}

const OTP_HMAC: KeySpec = {
  variable: 'OTP_HMAC_KEY',
  file: 'otp-hmac-key.b64',
  generate: () => crypto.randomBytes(MIN_SECRET_BYTES).toString('base64'),
}
const ID_HASH_SALT: KeySpec = {
  variable: 'ID_HASH_SALT',
  file: 'id-hash-salt.b64',
  generate: () => crypto.randomBytes(MIN_SECRET_BYTES).toString('base64'),
}
const CARD_SIGNING: KeySpec = {
  variable: 'CARD_SIGNING_KEY',
  file: 'card-signing-key.pem',
  generate: newCardSigningPem,
}

/**
 * The deployment's keys: each from its setting, else (when generated keys are allowed: demo
 * mode, or ALLOW_GENERATED_KEYS in production) from DATA_DIR/keys, created on the first start
 * and reused after, so OTP hashes, record keys and card signatures survive a restart.
 * Errors name the variable to set; they never contain key material.
 */
export async function loadKeys(config: Config): Promise<Keys> {
  const given = config.keys
  const settings: Array<[KeySpec, string | undefined]> = [
    [OTP_HMAC, given.otpHmacKey],
    [ID_HASH_SALT, given.idHashSalt],
    [CARD_SIGNING, given.cardSigningKey],
  ]
  const missing = settings.filter(([, value]) => value === undefined).map(([s]) => s.variable)
  if (missing.length > 0 && !given.allowGenerated) {
    throw new ConfigError(
      `Missing keys: set ${missing.join(', ')} (or ALLOW_GENERATED_KEYS=true to generate them into DATA_DIR/keys)`,
    )
  }
  const dir = path.join(config.dataDir, 'keys')
  const source = (spec: KeySpec, value: string | undefined) =>
    value === undefined
      ? { text: storedOrCreated(dir, spec), origin: path.join(dir, spec.file) }
      : { text: value, origin: spec.variable }

  const otp = source(OTP_HMAC, given.otpHmacKey)
  const salt = source(ID_HASH_SALT, given.idHashSalt)
  const card = source(CARD_SIGNING, given.cardSigningKey)
  // Environment variables often carry a PEM on one line with literal "\n".
  const cardSigning = await cardSigningFromPem(card.text.replaceAll('\\n', '\n'))
  if (!cardSigning) {
    throw new ConfigError(`${card.origin} must hold a PKCS#8 PEM Ed25519 private key`)
  }
  return {
    otpHmacKey: secret(otp.text, otp.origin),
    idHashSalt: secret(salt.text, salt.origin),
    cardSigning,
  }
}

function secret(text: string, origin: string): Uint8Array {
  const trimmed = text.trim()
  const bytes = Buffer.from(trimmed, 'base64')
  const canonical = /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) && trimmed.length % 4 === 0
  if (!canonical || bytes.length < MIN_SECRET_BYTES) {
    throw new ConfigError(`${origin} must be base64 of at least ${MIN_SECRET_BYTES} random bytes`)
  }
  return new Uint8Array(bytes)
}

/** The key file's text, written first (owner-only) when it does not exist yet. */
function storedOrCreated(dir: string, spec: KeySpec): string {
  const file = path.join(dir, spec.file)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  // Written whole to a private name, then linked into place: link fails when the file exists,
  // so two processes starting at once agree on one key and nobody reads a half-written file.
  const temporary = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`
  writeFileSync(temporary, spec.generate(), { flag: 'wx', mode: 0o600 })
  try {
    linkSync(temporary, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temporary)
  }
  return readFileSync(file, 'utf8')
}
