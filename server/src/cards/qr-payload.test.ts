import { decodeJwt, decodeProtectedHeader, type JSONWebKeySet, SignJWT } from 'jose'
import QRCode from 'qrcode'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateKeys } from '../../test/support/keys.ts'
import type { Keys } from '../platform/keys.ts'
import {
  type CardPayload,
  MAX_QR_VERSION,
  signCardPayload,
  verifyCardPayload,
} from './qr-payload.ts'

let keys: Keys
let jwks: JSONWebKeySet
beforeAll(async () => {
  keys = await generateKeys()
  jwks = { keys: [keys.cardSigning.publicJwk] }
})

/** The longest names the demo spelling style makes, in three scripts (Tamil is the widest). */
const longest: CardPayload = {
  uin: '4829173560',
  names: {
    tam: 'மரியா-பெர்னாண்டா ஓயெலாரன் காஸ்டெல்லானோஸ் டியாலோ',
    ara: 'ماريا فرناندا أويلاران كاستيانوس ديالو',
    eng: 'Maria-Fernanda Oyelaran-Castellanos Diallo',
  },
  genders: { tam: 'பெண்', ara: 'أنثى', eng: 'Female', fra: 'Femme' },
  dateOfBirth: '1987/03/14',
  issuedAt: new Date('2026-04-02T09:30:00Z'),
  issuer: 'https://resident.national-identity.example.org',
}

describe('card QR payload', () => {
  it('round-trips through the published keys, with no photo and only short claims', async () => {
    const token = await signCardPayload(keys, longest)
    const data = await verifyCardPayload(jwks, token, { issuer: longest.issuer })
    expect(data).toEqual({ ...longest, genders: { tam: 'பெண்', ara: 'أنثى', eng: 'Female' } })
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'EdDSA',
      kid: keys.cardSigning.publicJwk.kid,
      typ: 'card+jwt',
    })
    expect(Object.keys(decodeJwt(token)).sort()).toEqual([
      'dob',
      'g',
      'iat',
      'iss',
      'n',
      'uin',
      'v',
    ])
    // Deterministic: downloading the same card twice gives the same QR code.
    expect(await signCardPayload(keys, longest)).toBe(token)
  })

  it('stays within a version 25 QR code at level M for the longest names in three scripts', async () => {
    const token = await signCardPayload(keys, longest)
    const version = QRCode.create(token, { errorCorrectionLevel: 'M' }).version
    expect(version).toBeLessThanOrEqual(MAX_QR_VERSION)
    expect(Object.keys(decodeJwt(token).n as object)).toEqual(['tam', 'ara', 'eng'])
  })

  it('leaves out the last languages rather than exceed the QR bound, never truncating a name', async () => {
    const huge = {
      ...longest,
      names: {
        ...longest.names,
        ara: 'ماريا فرناندا أويلاران كاستيانوس ديالو'.repeat(4),
        eng: 'Ana',
      },
    }
    const token = await signCardPayload(keys, huge)
    expect(QRCode.create(token, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(25)
    const data = await verifyCardPayload(jwks, token)
    expect(data.names).toEqual({ tam: longest.names.tam })
    expect(data.genders).toEqual({ tam: 'பெண்' })
    const impossible = { ...longest, names: { eng: 'A'.repeat(1200) } }
    await expect(signCardPayload(keys, impossible)).rejects.toThrow(/does not fit/)
  })

  it('rejects a tampered token', async () => {
    const token = await signCardPayload(keys, longest)
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    claims.uin = '4829173561'
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    await expect(verifyCardPayload(jwks, forged)).rejects.toThrow(/signature/)
    const flipped = `${token.slice(0, -3)}${token.at(-3) === 'A' ? 'B' : 'A'}${token.slice(-2)}`
    await expect(verifyCardPayload(jwks, flipped)).rejects.toThrow()
  })

  it('rejects a token signed by another key, another issuer, or not as a card', async () => {
    const other = await generateKeys()
    const foreign = await signCardPayload(other, longest)
    await expect(verifyCardPayload(jwks, foreign)).rejects.toThrow()
    // The other deployment's key under our kid still fails: the signature decides, not the kid.
    const impostor = {
      keys: [{ ...other.cardSigning.publicJwk, kid: keys.cardSigning.publicJwk.kid }],
    }
    await expect(
      verifyCardPayload(impostor, await signCardPayload(keys, longest)),
    ).rejects.toThrow()

    const token = await signCardPayload(keys, longest)
    await expect(
      verifyCardPayload(jwks, token, { issuer: 'https://elsewhere.example' }),
    ).rejects.toThrow(/iss/)

    const plainJwt = await new SignJWT({ uin: longest.uin })
      .setProtectedHeader({ alg: 'EdDSA', kid: keys.cardSigning.publicJwk.kid })
      .sign(keys.cardSigning.privateKey)
    await expect(verifyCardPayload(jwks, plainJwt)).rejects.toThrow(/typ/)
  })
})
