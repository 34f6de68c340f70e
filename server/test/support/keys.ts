import crypto from 'node:crypto'
import type { Keys } from '../platform/keys.ts'
import { cardSigningFromPem, newCardSigningPem } from './card-signing.ts'

/** Fresh keys in memory, for tests (nothing is written to disk). */
export async function generateKeys(): Promise<Keys> {
  const cardSigning = await cardSigningFromPem(newCardSigningPem())
  if (!cardSigning) throw new Error('generated card signing key did not load')
  return {
    otpHmacKey: new Uint8Array(crypto.randomBytes(32)),
    idHashSalt: new Uint8Array(crypto.randomBytes(32)),
    cardSigning,
  }
}
