import crypto from 'node:crypto'
import { type JSONWebKeySet, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateKeys } from '../../test/support/keys.ts'
import { cardSigningFromPem, newCardSigningPem } from '../keys/card-signing.ts'
import type { Keys } from '../platform/keys.ts'
import {
  CARD_PAYLOAD_VERSION,
  CARD_TOKEN_TYPE,
  type CardPayload,
  CardPayloadError,
  signCardPayload,
  verifyCardPayload,
} from './qr-payload.ts'

/**
 * A verifier (a police officer's phone, a bank's app) trusts what a card's QR code says only when
 * it is a card payload it knows, signed by the issuer: a token signed with the right key but
 * with claims of another shape is refused, as is a payload the signer is asked to make wrong.
 */
let keys: Keys
let jwks: JSONWebKeySet
beforeAll(async () => {
  keys = await generateKeys()
  jwks = { keys: [keys.cardSigning.publicJwk] }
})

const card: CardPayload = {
  uin: '8743179037',
  names: { eng: 'Ravi Nair', hin: 'रवि नायर' },
  genders: { eng: 'Male', hin: 'पुरुष' },
  dateOfBirth: '1987/03/14',
  issuedAt: new Date('2026-04-02T09:30:00Z'),
  issuer: 'https://resident.example.org',
}

/** A token signed with the card key whose claims are `claims`, as a forger with the key would. */
function signed(claims: Record<string, unknown>, iat: number | null = 1_775_000_000) {
  const { kid, alg } = keys.cardSigning.publicJwk
  const jwt = new SignJWT(claims).setProtectedHeader({ alg, kid, typ: CARD_TOKEN_TYPE })
  if (iat !== null) jwt.setIssuedAt(iat)
  return jwt.sign(keys.cardSigning.privateKey)
}

const good = {
  v: CARD_PAYLOAD_VERSION,
  uin: card.uin,
  n: card.names,
  g: card.genders,
  dob: card.dateOfBirth,
  iss: card.issuer,
}

describe('verifying a card payload', () => {
  it('accepts the claims the signer writes', async () => {
    const data = await verifyCardPayload(jwks, await signed(good))
    expect(data).toEqual({ ...card, issuedAt: new Date(1_775_000_000 * 1000) })
  })

  it.each([
    ['another version', { ...good, v: CARD_PAYLOAD_VERSION + 1 }],
    ['no version', { ...good, v: undefined }],
    ['a numeric UIN', { ...good, uin: 8743179037 }],
    ['names as a list', { ...good, n: ['Ravi Nair'] }],
    ['names as text', { ...good, n: 'Ravi Nair' }],
    ['names as a short text', { ...good, n: 'Al' }],
    ['a number for names', { ...good, n: 7 }],
    ['no names', { ...good, n: null }],
    ['a name that is not text', { ...good, n: { eng: 42 } }],
    ['one of its names not text', { ...good, n: { eng: 'Ravi Nair', hin: 42 } }],
    ['names in four languages', { ...good, n: { eng: 'a', fra: 'b', hin: 'c', ara: 'd' } }],
    ['genders as a list', { ...good, g: ['Male'] }],
    ['a gender that is not text', { ...good, g: { eng: true } }],
    ['no date of birth', { ...good, dob: undefined }],
    ['a numeric date of birth', { ...good, dob: 19870314 }],
    ['no issuer', { ...good, iss: undefined }],
  ])('refuses a signed token with %s', async (_what, claims) => {
    const token = await signed(claims)
    await expect(verifyCardPayload(jwks, token)).rejects.toThrow(
      new CardPayloadError('not a card payload of a version this verifier knows'),
    )
  })

  it('refuses a signed token without its time of issue', async () => {
    const token = await signed(good, null)
    await expect(verifyCardPayload(jwks, token)).rejects.toBeInstanceOf(CardPayloadError)
  })

  it('refuses a token of another issuer when the verifier names its own', async () => {
    const token = await signed(good)
    await expect(
      verifyCardPayload(jwks, token, { issuer: 'https://elsewhere.example.org' }),
    ).rejects.toThrow()
    expect((await verifyCardPayload(jwks, token, { issuer: card.issuer })).uin).toBe(card.uin)
  })
})

describe('signing a card payload', () => {
  it('refuses a card in no language or in more than three', async () => {
    await expect(signCardPayload(keys, { ...card, names: {}, genders: {} })).rejects.toThrow(
      /1 to 3 languages/,
    )
    const four = { eng: 'a', fra: 'b', hin: 'c', ara: 'd' }
    await expect(signCardPayload(keys, { ...card, names: four, genders: four })).rejects.toThrow(
      CardPayloadError,
    )
  })

  it('signs the names’ languages only, leaving out a gender in no name language', async () => {
    const token = await signCardPayload(keys, {
      ...card,
      names: { eng: 'Ravi Nair' },
      genders: { hin: 'पुरुष', eng: 'Male' },
    })
    const data = await verifyCardPayload(jwks, token)
    expect(data.names).toEqual({ eng: 'Ravi Nair' })
    expect(data.genders).toEqual({ eng: 'Male' })
  })
})

describe('the card signing key', () => {
  it('is read from an Ed25519 PKCS#8 PEM, and refused in any other form', async () => {
    const ed = await cardSigningFromPem(newCardSigningPem())
    expect(ed?.publicJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' })
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const ed448 = crypto.generateKeyPairSync('ed448').privateKey
    for (const key of [rsa, ec, ed448]) {
      const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString()
      expect(await cardSigningFromPem(pem), key.asymmetricKeyType).toBeNull()
    }
    expect(await cardSigningFromPem('not a key')).toBeNull()
  })
})
