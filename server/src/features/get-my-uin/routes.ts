import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import {
  pdfResponseSchema,
  sendAttachment,
  TimeZoneHeaders,
  timeZoneOffsetOf,
} from '../../http/attachment.ts'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { PublicGuards } from '../../http/guards.ts'
import type { InputErrorRule } from '../../http/input-errors.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import { APPLICATION_STAGES, type ApplicationStage } from '../../platform/identity.ts'
import * as O from '../../resident/otp/schemas.ts'
import { registerOtpSendRoute } from '../../resident/otp/send-route.ts'
import type { GetMyUinService } from './service.ts'

const tags = ['get-my-uin']

/** A missing or unreadable `request` wrapper reaches MOSIP's generic handler: RES-SER-418. */
const WRAPPER = {
  body: { missing: 'RES-SER-418', invalid: 'RES-SER-418' },
  request: { missing: 'RES-SER-418', invalid: 'RES-SER-418' },
} as const

/**
 * `/download-card`: MOSIP's validator answers RES-SER-410 for a bad transaction id or OTP
 * (missing ones included) and RES-SER-414 for a missing individual id.
 */
const DOWNLOAD_CARD_INPUT: InputErrorRule = {
  missing: 'RES-SER-410',
  invalid: 'RES-SER-410',
  fields: { ...WRAPPER, 'request.individualId': { missing: 'RES-SER-414' } },
}

/** `/aid/status`: MOSIP's validator answers RES-SER-410 for every field of the request. */
const AID_STATUS_INPUT: InputErrorRule = {
  missing: 'RES-SER-410',
  invalid: 'RES-SER-410',
  fields: WRAPPER,
}

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
        ...errorCodes('RES-SER-410', 'RES-SER-456'),
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
    residentChecksFirst: true,
    send: (input) => service.sendOtp(input),
  })

  api.post(
    '/download-card',
    {
      // Each check is a guess at a code: a client address gets a budget of them.
      preHandler: [guards.otpCheck],
      config: {
        envelope: { responseId: 'mosip.resident.download.uin.card' },
        inputErrors: DOWNLOAD_CARD_INPUT,
      },
      schema: {
        tags,
        summary: 'Check the OTP and download the UIN card (password-protected PDF)',
        body: O.otpCheckBody('mosip.resident.download.uin.card'),
        headers: TimeZoneHeaders,
        response: pdfResponseSchema(
          'The card as a PDF attachment; errors answer the JSON envelope',
        ),
        ...errorCodes(
          'RES-SER-410',
          'RES-SER-414',
          'RES-OTP-006',
          'RES-OTP-007',
          'RES-OTP-008',
          'RES-OTP-010',
          'RES-OTP-011',
          'RES-OTP-012',
          'RES-SER-465',
          'RES-SER-422',
          'RES-SER-509',
        ),
      },
    },
    async (request, reply) => {
      const { individualId, transactionId, otp } = request.body.request
      const timeZoneOffset = timeZoneOffsetOf(request.headers)
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
      preHandler: [guards.otpCheck],
      config: {
        envelope: { responseId: 'mosip.resident.checkstatus' },
        inputErrors: AID_STATUS_INPUT,
      },
      schema: {
        tags,
        summary: 'Status of an application, after checking the OTP',
        body: O.otpCheckBody('mosip.resident.checkstatus'),
        response: { 200: envelopeSchema(AidStatusResponse) },
        ...errorCodes('RES-SER-410', 'RES-SER-422'),
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
