import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorCodes } from '../../http/error-codes.ts'
import type { Keys } from '../../platform/keys.ts'

/** Where anyone fetches the public keys that verify card QR codes. */
export const CARD_KEYS_PATH = '/.well-known/card-keys.json'

const PublicJwk = Type.Object(
  {
    kty: Type.Literal('OKP'),
    crv: Type.Literal('Ed25519'),
    x: Type.String({ description: 'Public key, base64url' }),
    kid: Type.String({ description: 'RFC 7638 thumbprint; the `kid` of card tokens' }),
    alg: Type.Literal('EdDSA'),
    use: Type.Literal('sig'),
  },
  { additionalProperties: false },
)

const CardKeySet = Type.Object({ keys: Type.Array(PublicJwk) }, { additionalProperties: false })

/** The JWKS document: only public members are copied, whatever the key object holds. */
export function cardKeySet(keys: Keys) {
  const { kty, crv, x, kid } = keys.cardSigning.publicJwk
  return { keys: [{ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' }] }
}

/**
 * Registers GET /.well-known/card-keys.json at the server root (RFC 8615), outside the MOSIP
 * API prefix: card verifiers (our offline verify page, a partner's app) fetch the JWKS there.
 */
export function registerWellKnown(app: FastifyInstance, keys: Keys): void {
  const document = cardKeySet(keys)
  app.get(
    CARD_KEYS_PATH,
    {
      schema: {
        summary: 'Public keys that verify the signed QR code of every card (JWKS)',
        tags: ['well-known'],
        response: { 200: CardKeySet },
        ...errorCodes(),
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600')
      reply.header('access-control-allow-origin', '*')
      return document
    },
  )
}
