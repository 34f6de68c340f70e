import crypto from 'node:crypto'
import { cardSigningFromPem, newCardSigningPem } from '../../src/keys/card-signing.ts'
import type { Keys } from '../../src/platform/keys.ts'

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
