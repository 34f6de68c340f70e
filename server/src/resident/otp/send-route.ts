import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { idaOk } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { PublicGuards } from '../../http/guards.ts'
import { IDA_INPUT, type InputErrorRule, inputError } from '../../http/input-errors.ts'
import { idTypeOf } from '../../ids/id-rules.ts'
import type { OtpChannel } from '../../platform/id-auth.ts'
import {
  type ErrorCode,
  REQUEST_TIME_AHEAD_SECONDS,
  REQUEST_TIME_ALLOWED_SECONDS,
  ResidentError,
} from '../errors.ts'
import type { OtpSent } from './otp-service.ts'
import { channelsOf, IdaOtpResponse, otpRequestBody, REQUEST_TIME } from './schemas.ts'

type TransactionKey = 'transactionID' | 'transactionId'

export interface OtpSendRoute {
  path: string
  tags: string[]
  summary: string
  guards: PublicGuards
  /** The key MOSIP's code answers the transaction id under on this route. */
  transactionKey: TransactionKey
  /**
   * MOSIP's resident service checks the individual id (digits) and the transaction id (10
   * digits) itself before it asks ID authentication (`/individualId/otp`): RES-SER-410.
   */
  residentChecksFirst: boolean
  /** The codes the route answers beyond input checks (default: OTP_SEND_OUTCOMES). */
  outcomes?: readonly ErrorCode[]
  send(input: {
    individualId: string
    transactionId: string
    channels: OtpChannel[]
    clientIp: string | null
  }): Promise<OtpSent>
}

/** What an OTP-sending route may answer once the request is well formed. */
export const OTP_SEND_OUTCOMES = [
  'IDA-MLC-018',
  'IDA-MLC-023',
  'IDA-MLC-019',
  'IDA-OTA-001',
  'IDA-OTA-002',
  'RES-SER-449',
  'RES-SER-909',
] as const satisfies readonly ErrorCode[]

/** A JSON value as a string field reads it (Jackson and our schema coerce numbers). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * The first thing wrong with an OTP request, in the order ID authentication checks it
 * (OTPRequestValidator): request time and transaction id, then the request time's skew, then
 * the request id, the individual id and the channels. Codes pass through unchanged: missing or
 * empty IDA-MLC-006, malformed IDA-MLC-009, out of skew IDA-MLC-001, no channel IDA-OTA-008.
 */
export function otpRequestProblem(
  body: unknown,
  route: Pick<OtpSendRoute, 'transactionKey' | 'residentChecksFirst'>,
  now: Date = new Date(),
): ResidentError | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return new ResidentError('RES-SER-418', 'the body is not a JSON object')
  }
  const b = body as Record<string, unknown>
  const key = route.transactionKey
  const transaction = b.transactionID ?? b.transactionId
  const individualId = text(b.individualId)

  if (route.residentChecksFirst) {
    if (individualId === undefined || !/^[0-9]+$/.test(individualId)) {
      return new ResidentError('RES-SER-410', 'individualId')
    }
    if (!/^[0-9]{10}$/.test(text(transaction) ?? '')) {
      return new ResidentError('RES-SER-410', key)
    }
  }

  const ida = (field: string, missing: boolean) => inputError(IDA_INPUT, field, missing)
  if (isEmpty(b.requestTime)) return ida('requestTime', true)
  const requestTime = text(b.requestTime) ?? ''
  const at = REQUEST_TIME.test(requestTime) ? Date.parse(requestTime) : Number.NaN
  if (Number.isNaN(at)) return ida('requestTime', false)
  if (isEmpty(transaction)) return ida(key, true)
  if (!/^[0-9]{10}$/.test(text(transaction) ?? '')) return ida(key, false)
  const ahead = (at - now.getTime()) / 1000
  if (ahead > REQUEST_TIME_AHEAD_SECONDS || -ahead > REQUEST_TIME_ALLOWED_SECONDS) {
    return new ResidentError('IDA-MLC-001', 'requestTime')
  }

  if (isEmpty(b.id)) return ida('id', true)
  if (isEmpty(individualId)) return ida('individualId', true)
  if (individualId === undefined || idTypeOf(individualId) === null) {
    return ida('individualId', false)
  }

  const channels = b.otpChannel
  if (!Array.isArray(channels) || channels.length === 0 || isEmpty(channels[0])) {
    return new ResidentError('IDA-OTA-008')
  }
  if (!channels.every((c) => typeof c === 'string' && /^(phone|email)$/i.test(c))) {
    return ida('otpChannel', false)
  }
  return null
}

/**
 * One IDA-style OTP-sending route (`/individualId/otp`, `/req/otp`): the request checked as ID
 * authentication checks it (before anything else: a refused request costs no captcha and no
 * budget), then captcha and per-address budget, IDA's shapes, the event id in `eventId`.
 */
export function registerOtpSendRoute(parent: FastifyInstance, route: OtpSendRoute): void {
  const rule: InputErrorRule = route.residentChecksFirst
    ? {
        ...IDA_INPUT,
        fields: {
          individualId: { missing: 'RES-SER-410', invalid: 'RES-SER-410' },
          [route.transactionKey]: { missing: 'RES-SER-410', invalid: 'RES-SER-410' },
        },
      }
    : IDA_INPUT
  parent.withTypeProvider<TypeBoxTypeProvider>().post(
    route.path,
    {
      preValidation: async (request) => {
        const problem = otpRequestProblem(request.body, route)
        if (problem) throw problem
      },
      preHandler: [route.guards.ipLimit, route.guards.captcha],
      config: {
        envelope: {
          responseId: 'mosip.identity.otp.internal',
          responseVersion: '1.0',
          shape: 'ida',
        },
        inputErrors: rule,
      },
      schema: {
        tags: route.tags,
        summary: route.summary,
        body: otpRequestBody(route.transactionKey),
        response: { 200: IdaOtpResponse },
        ...errorCodes(
          ...(route.residentChecksFirst ? (['RES-SER-410'] as const) : []),
          'IDA-MLC-006',
          'IDA-MLC-009',
          'IDA-MLC-001',
          'IDA-OTA-008',
          ...(route.outcomes ?? OTP_SEND_OUTCOMES),
        ),
      },
    },
    async (request, reply) => {
      const body = request.body
      // Checked before validation: present and well formed.
      const transactionId = (body.transactionID ?? body.transactionId) as string
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
