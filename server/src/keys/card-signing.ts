import crypto from 'node:crypto'
import { calculateJwkThumbprint, importPKCS8 } from 'jose'
import type { Keys } from '../platform/keys.ts'

/** The JWS algorithm of card signatures: Ed25519 (RFC 8037), which every JOSE library knows. */
export const CARD_SIGNING_ALG = 'EdDSA'

/** A new Ed25519 private key as PKCS#8 PEM (what CARD_SIGNING_KEY holds). */
export function newCardSigningPem(): string {
  const { privateKey } = crypto.generateKeyPairSync('ed25519')
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
}

/**
 * The signing key and its public JWK from a PKCS#8 PEM. Returns null when the PEM is not an
 * Ed25519 private key, so the caller can name the setting that holds it.
 */
export async function cardSigningFromPem(pem: string): Promise<Keys['cardSigning'] | null> {
  let keyObject: crypto.KeyObject
  try {
    keyObject = crypto.createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    return null
  }
  // The public JWK says what the key is: OKP with curve Ed25519 is an Ed25519 key, nothing else.
  const { kty, crv, x } = crypto.createPublicKey(keyObject).export({ format: 'jwk' })
  if (kty !== 'OKP' || crv !== 'Ed25519') return null
  // Stryker disable next-line ConditionalExpression: an Ed25519 JWK always has x (this narrows it)
  if (typeof x !== 'string') return null
  const kid = await calculateJwkThumbprint({ kty, crv, x }, 'sha256')
  const privateKey = await importPKCS8(pem, CARD_SIGNING_ALG)
  return { privateKey, publicJwk: { kty, crv, x, kid, alg: CARD_SIGNING_ALG, use: 'sig' } }
}
