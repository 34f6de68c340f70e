import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { ok } from '../../http/envelope.ts'
import type { PublicGuards } from '../../http/guards.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import * as O from '../../otp/schemas.ts'
import { registerOtpSendRoute } from '../../otp/send-route.ts'
import { fileTimestamp } from '../../pdf/timestamps.ts'
import { APPLICATION_STAGES, type ApplicationStage } from '../../platform/identity.ts'
import type { GetMyUinService } from './service.ts'

const tags = ['get-my-uin']

const StageResponse = Type.Object({
  aidStatus: Type.Union([
    Type.Literal('SUCCESS'),
    Type.Literal('IN-PROGRESS'),
    Type.Literal('FAILURE'),
  ]),
  transactionStage: Type.Unsafe<ApplicationStage>({
    type: 'string',
    enum: [...APPLICATION_STAGES],
  }),
  failureReason: Type.Union([Type.String(), Type.Null()]),
})

const AidStatusResponse = Type.Object({
  individualId: Type.String(),
  individualIdType: Type.String(),
  transactionId: Type.String(),
  aidStatus: Type.String(),
})

const TimeZoneHeaders = Type.Object({
  'time-zone-offset': Type.Optional(Type.Integer({ minimum: -1440, maximum: 1440 })),
})

/** Get my UIN: `/aid-stage/{aid}`, `/individualId/otp`, `/download-card`, `/aid/status`. */
export function registerGetMyUin(
  parent: FastifyInstance,
  service: GetMyUinService,
  guards: PublicGuards,
): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()

  api.get(
    '/aid-stage/:aid',
    {
      preHandler: [guards.status],
      config: { envelope: { responseId: 'mosip.resident.check-stage-status' } },
      schema: {
        tags,
        summary: 'Processing stage of an application (AID), or of the one behind a UIN/VID',
        params: Type.Object({ aid: O.IndividualId }),
        response: { 200: envelopeSchema(StageResponse) },
      },
    },
    async (request) => {
      const application = await service.stage(request.params.aid, request.ip)
      return ok(request, {
        aidStatus: application.status,
        transactionStage: application.stage,
        failureReason: application.failureReason,
      })
    },
  )

  registerOtpSendRoute(api, {
    path: '/individualId/otp',
    tags,
    summary: 'Send an OTP to the phone and/or email registered for a UIN, VID or AID',
    guards,
    transactionKey: 'transactionId',
    send: (input) => service.sendOtp(input),
  })

  api.post(
    '/download-card',
    {
      config: { envelope: { responseId: 'mosip.resident.download.uin.card' } },
      schema: {
        tags,
        summary: 'Check the OTP and download the UIN card (password-protected PDF)',
        body: O.OtpCheckBody,
        headers: TimeZoneHeaders,
        response: {
          200: {
            description: 'The card as a PDF attachment; errors answer the JSON envelope',
            content: {
              'application/pdf': { schema: Type.String({ format: 'binary' }) },
              'application/json': { schema: envelopeSchema(Type.Null()) },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { individualId, transactionId, otp } = request.body.request
      const now = new Date()
      const timeZoneOffset = request.headers['time-zone-offset'] ?? 0
      const card = await service.downloadCard({
        individualId,
        transactionId,
        otp,
        clientIp: request.ip,
        timeZoneOffset,
      })
      const stamp = fileTimestamp(now, timeZoneOffset)
      return (reply as FastifyReply)
        .header('eventId', card.eventId)
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="Get_my_UIN_${stamp}.pdf"`)
        .header('cache-control', 'no-store')
        .send(card.pdf)
    },
  )

  api.post(
    '/aid/status',
    {
      config: { envelope: { responseId: 'mosip.resident.checkstatus' } },
      schema: {
        tags,
        summary: 'Status of an application, after checking the OTP',
        body: O.OtpCheckBody,
        response: { 200: envelopeSchema(AidStatusResponse) },
      },
    },
    async (request) => {
      const { individualId, transactionId, otp } = request.body.request
      return ok(
        request,
        await service.aidStatus({ individualId, transactionId, otp, clientIp: request.ip }),
      )
    },
  )
}
