import type { FastifyInstance } from 'fastify'
import { type Captcha, CaptchaChallenge } from '../../http/captcha.ts'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { RequestGuard } from '../../http/rate-limit.ts'
import { envelopeSchema } from '../../http/schemas.ts'

/** `GET /captcha/challenge` (under the API prefix): a fresh challenge, never cached. */
export function registerCaptchaRoutes(
  api: FastifyInstance,
  captcha: Captcha,
  options: { limit?: RequestGuard } = {},
): void {
  api.get(
    '/captcha/challenge',
    {
      config: { envelope: { responseId: 'resident.captcha.challenge', responseVersion: '1.0' } },
      ...(options.limit ? { onRequest: options.limit } : {}),
      schema: {
        summary: 'A proof-of-work challenge (ALTCHA) for the public OTP forms',
        description:
          'Solve with altcha-lib `solveChallenge` and send header `X-Captcha: base64(JSON {challenge, solution})`, the challenge exactly as received. Each challenge is accepted once, until `parameters.expiresAt`.',
        tags: ['captcha'],
        response: { 200: envelopeSchema(CaptchaChallenge) },
        ...errorCodes(),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      return ok(request, await captcha.challenge())
    },
  )
}
