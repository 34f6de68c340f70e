import Fastify from 'fastify'
import type { JSONWebKeySet } from 'jose'
import { describe, expect, it } from 'vitest'
import { generateKeys } from '../../../test/support/keys.ts'
import { signCardPayload, verifyCardPayload } from '../../cards/qr-payload.ts'
import { registerOpenApi } from '../../http/openapi.ts'
import { CARD_KEYS_PATH, registerWellKnown } from './routes.ts'

async function server() {
  const keys = await generateKeys()
  const app = Fastify()
  await registerOpenApi(app)
  registerWellKnown(app, keys)
  await app.ready()
  return { app, keys }
}

describe('GET /.well-known/card-keys.json', () => {
  it('publishes the public card key (never the private part), cacheable, at the root', async () => {
    const { app, keys } = await server()
    const res = await app.inject({ url: CARD_KEYS_PATH })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=3600')
    const body = res.json() as JSONWebKeySet
    expect(body.keys).toHaveLength(1)
    const { kty, crv, x, kid } = keys.cardSigning.publicJwk
    expect(body.keys[0]).toEqual({ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' })
    expect(res.body).not.toContain('"d"')
    // A verifier with nothing but this document checks a card.
    const token = await signCardPayload(keys, {
      uin: '4829173560',
      names: { eng: 'Amina Diallo' },
      genders: { eng: 'Female' },
      dateOfBirth: '1990/05/12',
      issuedAt: new Date('2026-01-15T00:00:00Z'),
      issuer: 'http://localhost:8080',
    })
    await expect(verifyCardPayload(body, token)).resolves.toMatchObject({ uin: '4829173560' })
    expect((await app.inject({ url: `/resident/v1${CARD_KEYS_PATH}` })).statusCode).toBe(404)
    await app.close()
  })

  it('appears in the OpenAPI document with its response schema', async () => {
    const { app } = await server()
    const doc = (await app.inject({ url: '/resident/v1/api-docs' })).json() as {
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>
    }
    const op = doc.paths[CARD_KEYS_PATH]?.get
    expect(op?.responses?.['200']).toBeTruthy()
    expect(JSON.stringify(op)).toContain('Ed25519')
    await app.close()
  })
})
