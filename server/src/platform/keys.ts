import crypto from 'node:crypto'
import type { JWK } from 'jose'

/**
 * Secrets of one deployment. Demo mode generates them into DATA_DIR on first start; production
 * reads them from the environment (see keys/load.ts).
 */
export interface Keys {
  /** HMAC key under which OTPs are stored (never the OTP itself). */
  otpHmacKey: Uint8Array
  /** Salt of the hash that keys resident records and audit entries (never the raw UIN). */
  idHashSalt: Uint8Array
  /** Signs the QR payload of every card. */
  cardSigning: { privateKey: CryptoKey; publicJwk: JWK & { kid: string; alg: string } }
}

/** Salted, keyed hash of an individual's UIN (hex): the resident-side key of their records. */
export function hashId(keys: Keys, uin: string): string {
  return crypto.createHmac('sha256', keys.idHashSalt).update(uin).digest('hex')
}
