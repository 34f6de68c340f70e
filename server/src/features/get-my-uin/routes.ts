import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { pdfResponseSchema, sendAttachment, TimeZoneHeaders } from '../../http/attachment.ts'
import { ok } from '../../http/envelope.ts'
import type { PublicGuards } from '../../http/guards.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import { APPLICATION_STAGES, type ApplicationStage } from '../../platform/identity.ts'
import * as O from '../../resident/otp/schemas.ts'
import { registerOtpSendRoute } from '../../resident/otp/send-route.ts'
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
        response: pdfResponseSchema(
          'The card as a PDF attachment; errors answer the JSON envelope',
        ),
      },
    },
    async (request, reply) => {
      const { individualId, transactionId, otp } = request.body.request
      const timeZoneOffset = request.headers['time-zone-offset'] ?? 0
      const card = await service.downloadCard({
        individualId,
        transactionId,
        otp,
        clientIp: request.ip,
        timeZoneOffset,
      })
      return sendAttachment(reply as FastifyReply, {
        name: 'Get_my_UIN',
        body: card.pdf,
        generatedAt: card.generatedAt,
        timeZoneOffset,
        eventId: card.eventId,
      })
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
