import { createLocalJWKSet, type JSONWebKeySet, jwtVerify, SignJWT } from 'jose'
import type { ByLanguage } from '../platform/identity.ts'
import type { Keys } from '../platform/keys.ts'

/**
 * The signed payload of a card's QR code (docs/card-qr-format.md): a compact JWS (a JWT) signed
 * with the deployment's Ed25519 card key, verifiable offline with the keys published at
 * /.well-known/card-keys.json, in a browser too (WebCrypto Ed25519 + jose).
 */

/** The JWS `typ` of card payloads (media type `application/card+jwt`, short form). */
export const CARD_TOKEN_TYPE = 'card+jwt'
/** Version of the claim set; raised only by an incompatible change. */
export const CARD_PAYLOAD_VERSION = 1
/** Names and genders in at most this many languages: the QR code's size stays bounded. */
export const MAX_CARD_LANGUAGES = 3
/** Cards draw the QR code at error correction level M, at most this version (117 modules). */
export const MAX_QR_VERSION = 25
/** Bytes a version 25 symbol holds at level M (ISO/IEC 18004, byte mode). */
const MAX_TOKEN_LENGTH = 997

export interface CardPayload {
  uin: string
  /** Full name by language code (the card's languages, first = the card's first). */
  names: ByLanguage
  /** Gender by language code (the same languages). */
  genders: ByLanguage
  /** `yyyy/MM/dd`, as the identity holds it. */
  dateOfBirth: string
  /** When the card was issued (second precision). */
  issuedAt: Date
  /** The issuing deployment: its public URL. */
  issuer: string
}

export class CardPayloadError extends Error {}

/**
 * Signs the card's payload. When very long names would need a QR code above version 25, the
 * last languages are left out of the payload (never shortened: a signed name is exact); a
 * payload that does not fit even with one language is refused. The same card always gives the
 * same token (Ed25519 signatures are deterministic).
 */
export async function signCardPayload(keys: Keys, data: CardPayload): Promise<string> {
  const languages = Object.keys(data.names)
  if (languages.length === 0 || languages.length > MAX_CARD_LANGUAGES) {
    throw new CardPayloadError(`a card payload holds 1 to ${MAX_CARD_LANGUAGES} languages`)
  }
  for (let count = languages.length; count >= 1; count--) {
    const token = await sign(keys, data, languages.slice(0, count))
    // Stryker disable next-line EqualityOperator: no token is 997 long (its fixed-length header
    // and base64url's lengths, never 1 more than a multiple of 4, leave that length out)
    if (token.length <= MAX_TOKEN_LENGTH) return token
  }
  throw new CardPayloadError(`the card payload does not fit a version ${MAX_QR_VERSION} QR code`)
}

function sign(keys: Keys, data: CardPayload, languages: string[]): Promise<string> {
  const { kid, alg } = keys.cardSigning.publicJwk
  return new SignJWT({
    v: CARD_PAYLOAD_VERSION,
    uin: data.uin,
    n: pick(data.names, languages),
    g: pick(data.genders, languages),
    dob: data.dateOfBirth,
  })
    .setProtectedHeader({ alg, kid, typ: CARD_TOKEN_TYPE })
    .setIssuer(data.issuer)
    .setIssuedAt(Math.floor(data.issuedAt.getTime() / 1000))
    .sign(keys.cardSigning.privateKey)
}

/**
 * Verifies a card token against a JWKS (the issuer's /.well-known/card-keys.json) and returns
 * what it says. Throws when the signature, key, type or claims are wrong.
 */
export async function verifyCardPayload(
  jwks: JSONWebKeySet,
  token: string,
  options: { issuer?: string } = {},
): Promise<CardPayload> {
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
    algorithms: ['EdDSA'],
    typ: CARD_TOKEN_TYPE,
    ...(options.issuer ? { issuer: options.issuer } : {}),
  })
  const { v, uin, n, g, dob, iss, iat } = payload as Record<string, unknown>
  if (
    v !== CARD_PAYLOAD_VERSION ||
    typeof uin !== 'string' ||
    !isByLanguage(n) ||
    !isByLanguage(g) ||
    typeof dob !== 'string' ||
    typeof iss !== 'string' ||
    typeof iat !== 'number'
  ) {
    throw new CardPayloadError('not a card payload of a version this verifier knows')
  }
  return {
    uin,
    names: n,
    genders: g,
    dateOfBirth: dob,
    issuedAt: new Date(iat * 1000),
    issuer: iss,
  }
}

function pick(values: ByLanguage, languages: string[]): ByLanguage {
  const out: ByLanguage = {}
  for (const lang of languages) if (values[lang] !== undefined) out[lang] = values[lang]
  return out
}

function isByLanguage(value: unknown): value is ByLanguage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return entries.length <= MAX_CARD_LANGUAGES && entries.every(([, v]) => typeof v === 'string')
}
