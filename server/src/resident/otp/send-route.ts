import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { idaOk } from '../../http/envelope.ts'
import type { PublicGuards } from '../../http/guards.ts'
import type { OtpChannel } from '../../platform/id-auth.ts'
import { ResidentError } from '../errors.ts'
import type { OtpSent } from './otp-service.ts'
import { channelsOf, IdaOtpResponse, OtpRequestBody } from './schemas.ts'

export interface OtpSendRoute {
  path: string
  tags: string[]
  summary: string
  guards: PublicGuards
  /** The key MOSIP's code answers the transaction id under on this route. */
  transactionKey: 'transactionID' | 'transactionId'
  send(input: {
    individualId: string
    transactionId: string
    channels: OtpChannel[]
    clientIp: string | null
  }): Promise<OtpSent>
}

/**
 * One IDA-style OTP-sending route (`/individualId/otp`, `/req/otp`): captcha and per-address
 * budget first, IDA's request and response shapes, the event id in the `eventId` header.
 */
export function registerOtpSendRoute(parent: FastifyInstance, route: OtpSendRoute): void {
  parent.withTypeProvider<TypeBoxTypeProvider>().post(
    route.path,
    {
      preHandler: [route.guards.ipLimit, route.guards.captcha],
      config: {
        envelope: {
          responseId: 'mosip.identity.otp.internal',
          responseVersion: '1.0',
          shape: 'ida',
        },
      },
      schema: {
        tags: route.tags,
        summary: route.summary,
        body: OtpRequestBody,
        response: { 200: IdaOtpResponse },
      },
    },
    async (request, reply) => {
      const body = request.body
      const transactionId = body.transactionID ?? body.transactionId
      if (!transactionId) throw new ResidentError('RES-SER-410', route.transactionKey)
      const sent = await route.send({
        individualId: body.individualId,
        transactionId,
        channels: channelsOf(body.otpChannel),
        clientIp: request.ip,
      })
      reply.header('eventId', sent.eventId)
      const masked = { maskedMobile: sent.maskedMobile, maskedEmail: sent.maskedEmail }
      // MOSIP's contract spells it `transactionID`; its code answers `transactionId` on
      // `/individualId/otp`. Both are sent there, so clients of either find it.
      return { ...idaOk(request, masked), [route.transactionKey]: transactionId }
    },
  )
}
