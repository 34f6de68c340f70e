import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { ok } from '../../http/envelope.ts'
import type { PublicGuards } from '../../http/guards.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import { ResidentError } from '../../resident/errors.ts'
import * as O from '../../resident/otp/schemas.ts'
import { registerOtpSendRoute } from '../../resident/otp/send-route.ts'
import type { VerifyContactService } from './service.ts'

const tags = ['verify-contact']

const StatusQuery = Type.Object({
  channel: Type.String({ maxLength: 10, description: 'PHONE or EMAIL' }),
  individualId: Type.String({ pattern: '^[0-9]{10,16}$', description: 'UIN or VID' }),
})

const StatusResponse = Type.Object({
  verificationStatus: Type.Boolean(),
  /** MOSIP's masked form; null when no such contact is registered. */
  maskedUserId: Type.Union([Type.String(), Type.Null()]),
})

const ValidateResponse = Type.Object({
  authStatus: Type.Boolean(),
  transactionId: Type.String(),
  status: Type.String(),
})

/** Verify phone/email: `/channel/verification-status/`, `/req/otp`, `/validate-otp`. */
export function registerVerifyContact(
  parent: FastifyInstance,
  service: VerifyContactService,
  guards: PublicGuards,
): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()

  api.get(
    '/channel/verification-status',
    {
      // Public in MOSIP and it reveals masked contacts: kept, but limited per client IP.
      preHandler: [guards.status],
      config: { envelope: { responseId: 'mosip.resident.channel.verification.status' } },
      schema: {
        tags,
        summary: 'Has the phone number or email of a UIN/VID been verified?',
        querystring: StatusQuery,
        response: { 200: envelopeSchema(StatusResponse) },
      },
    },
    async (request) => {
      const channel = request.query.channel.toUpperCase()
      if (channel !== 'PHONE' && channel !== 'EMAIL') throw new ResidentError('RES-SER-438')
      return ok(request, await service.status(request.query.individualId, channel, request.ip))
    },
  )

  registerOtpSendRoute(api, {
    path: '/req/otp',
    tags,
    summary: 'Send an OTP to the registered phone or email, to verify it',
    guards,
    transactionKey: 'transactionID',
    send: (input) => service.sendOtp(input),
  })

  api.post(
    '/validate-otp',
    {
      config: { envelope: { responseId: 'mosip.resident.identity.auth' } },
      schema: {
        tags,
        summary: 'Check the OTP; the contact it was sent to becomes verified',
        body: O.OtpCheckBody,
        response: { 200: envelopeSchema(ValidateResponse) },
      },
    },
    async (request, reply) => {
      const { individualId, transactionId, otp } = request.body.request
      const { eventId } = await service.validate({
        individualId,
        transactionId,
        otp,
        clientIp: request.ip,
      })
      reply.header('eventId', eventId)
      return ok(request, { authStatus: true, transactionId, status: 'Success' })
    },
  )
}
