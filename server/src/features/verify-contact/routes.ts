import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { PublicGuards } from '../../http/guards.ts'
import type { InputErrorRule } from '../../http/input-errors.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import { isValidUin, isValidVid } from '../../ids/id-rules.ts'
import { ResidentError } from '../../resident/errors.ts'
import * as O from '../../resident/otp/schemas.ts'
import { registerOtpSendRoute } from '../../resident/otp/send-route.ts'
import type { VerifyContactService } from './service.ts'

const tags = ['verify-contact']

const CHANNEL = /^(phone|email)$/i

const StatusQuery = Type.Object({
  channel: Type.String({
    pattern: '^([Pp][Hh][Oo][Nn][Ee]|[Ee][Mm][Aa][Ii][Ll])$',
    description: 'PHONE or EMAIL (any case)',
    examples: ['EMAIL'],
  }),
  individualId: Type.String({
    pattern: '^[0-9]{10,16}$',
    description: 'UIN or VID',
    examples: ['8743179037'],
  }),
})

/**
 * MOSIP's validator checks the channel first (RES-SER-410 `channel`, empty included), then the
 * id: anything but a valid UIN or VID is RES-SER-522 "Invalid UIN/VID entered".
 */
const STATUS_INPUT: InputErrorRule = {
  missing: 'RES-SER-410',
  invalid: 'RES-SER-410',
  fields: { individualId: { missing: 'RES-SER-522', invalid: 'RES-SER-522' } },
}

function statusProblem(query: unknown): ResidentError | null {
  const { channel, individualId } = (query ?? {}) as Record<string, unknown>
  if (typeof channel !== 'string' || !CHANNEL.test(channel)) {
    return new ResidentError('RES-SER-410', 'channel')
  }
  if (typeof individualId !== 'string' || !(isValidUin(individualId) || isValidVid(individualId))) {
    return new ResidentError('RES-SER-522')
  }
  return null
}

/** `/validate-otp` sends everything to ID authentication: any refusal is RES-SER-422. */
const VALIDATE_INPUT: InputErrorRule = {
  missing: 'RES-SER-422',
  invalid: 'RES-SER-422',
  fields: {
    body: { missing: 'RES-SER-418', invalid: 'RES-SER-418' },
    request: { missing: 'RES-SER-418', invalid: 'RES-SER-418' },
  },
}

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
      // Checked in MOSIP's order before the schema, which then finds nothing more wrong.
      preValidation: async (request) => {
        const problem = statusProblem(request.query)
        if (problem) throw problem
      },
      preHandler: [guards.status],
      config: {
        envelope: { responseId: 'mosip.resident.channel.verification.status' },
        inputErrors: STATUS_INPUT,
      },
      schema: {
        tags,
        summary: 'Has the phone number or email of a UIN/VID been verified?',
        querystring: StatusQuery,
        response: { 200: envelopeSchema(StatusResponse) },
        ...errorCodes('RES-SER-410', 'RES-SER-522'),
      },
    },
    async (request) => {
      const channel = request.query.channel.toUpperCase() as 'PHONE' | 'EMAIL'
      return ok(request, await service.status(request.query.individualId, channel, request.ip))
    },
  )

  registerOtpSendRoute(api, {
    path: '/req/otp',
    tags,
    summary: 'Send an OTP to the registered phone or email, to verify it',
    guards,
    transactionKey: 'transactionID',
    residentChecksFirst: false,
    send: (input) => service.sendOtp(input),
  })

  api.post(
    '/validate-otp',
    {
      // Each check is a guess at a code: a client address gets a budget of them.
      preHandler: [guards.otpCheck],
      config: {
        envelope: { responseId: 'mosip.resident.identity.auth' },
        inputErrors: VALIDATE_INPUT,
      },
      schema: {
        tags,
        summary: 'Check the OTP; the contact it was sent to becomes verified',
        body: O.otpCheckBody('mosip.resident.identity.auth'),
        response: { 200: envelopeSchema(ValidateResponse) },
        ...errorCodes('RES-SER-422'),
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
