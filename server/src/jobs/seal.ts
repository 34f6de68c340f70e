import crypto from 'node:crypto'
import { JobError } from './error-class.ts'

/** How a sealed payload is stored in the jsonb column. */
interface SealedPayload {
  v: 1
  iv: string
  data: string
  tag: string
}

/** Checks a payload key: AES-256 needs 32 bytes. */
export function checkSealKey(key: Buffer): void {
  if (key.length !== 32) throw new TypeError('The job payload key must be 32 bytes (AES-256)')
}

/**
 * Encrypts JSON text with AES-256-GCM under a fresh 12-byte IV. `binding` (the job's kind and key)
 * is authenticated, so a sealed payload copied onto another job does not open.
 */
export function seal(key: Buffer, json: string, binding: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(binding))
  const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()])
  const sealed: SealedPayload = {
    v: 1,
    iv: iv.toString('base64'),
    data: data.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  }
  return JSON.stringify(sealed)
}

/** Decrypts `seal`'s output back to JSON text; throws `SealedPayloadInvalid` on any mismatch. */
export function unseal(key: Buffer, stored: string, binding: string): string {
  try {
    const sealed = JSON.parse(stored) as SealedPayload
    if (sealed.v !== 1) throw new Error('version')
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'))
    decipher.setAAD(Buffer.from(binding))
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.data, 'base64')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    throw new JobError('SealedPayloadInvalid')
  }
}

/** What `seal` authenticates along with the payload. */
export function sealBinding(kind: string, key: string): string {
  return `resident_job:${kind}:${key}`
}
