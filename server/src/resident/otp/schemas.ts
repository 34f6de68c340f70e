import { Type } from 'typebox'

/** A demo resident of the seeded country, for the examples of the OpenAPI document. */
const EXAMPLE_UIN = '8743179037'
const EXAMPLE_TRANSACTION = '1234567890'

/** Shared request fields of the OTP flows, as MOSIP validates them. */
export const IndividualId = Type.String({
  pattern: '^[0-9]{10,29}$',
  description: 'UIN (10 digits), VID (16) or AID (29)',
  examples: [EXAMPLE_UIN],
})
export const TransactionId = Type.String({
  pattern: '^[0-9]{10}$',
  description: '10 digits chosen by the client; the OTP is bound to it',
  examples: [EXAMPLE_TRANSACTION],
})
export const Otp = Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit OTP' })
export const OtpChannel = Type.String({
  pattern: '^(PHONE|EMAIL|phone|email)$',
  description: 'PHONE or EMAIL',
})
const Text = (maxLength: number) => Type.Optional(Type.String({ maxLength }))

/** ID authentication's request time: UTC with milliseconds, within its allowed clock skew. */
export const REQUEST_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/**
 * IDA's OTP request (`/individualId/otp`, `/req/otp`): no wrapper, either spelling of the
 * transaction id; `transactionKey` is the one MOSIP's code reads on that route (the example's).
 */
export function otpRequestBody(transactionKey: 'transactionID' | 'transactionId') {
  return Type.Object(
    {
      id: Type.String({ minLength: 1, maxLength: 64, description: 'mosip.identity.otp.internal' }),
      version: Text(16),
      transactionID: Type.Optional(TransactionId),
      transactionId: Type.Optional(TransactionId),
      requestTime: Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'UTC, yyyy-MM-ddTHH:mm:ss.SSSZ, within ID authentication’s clock skew',
      }),
      individualId: IndividualId,
      otpChannel: Type.Array(OtpChannel, { minItems: 1, maxItems: 2 }),
      metadata: Type.Optional(Type.Union([Type.Object({}), Type.Null()])),
    },
    {
      examples: [
        {
          id: 'mosip.identity.otp.internal',
          version: '1.0',
          [transactionKey]: EXAMPLE_TRANSACTION,
          requestTime: '2026-01-31T09:15:00.000Z',
          individualId: EXAMPLE_UIN,
          otpChannel: ['EMAIL'],
          metadata: {},
        },
      ],
    },
  )
}

/** The OTP request as `/individualId/otp` reads it (both spellings of the transaction id). */
export const OtpRequestBody = otpRequestBody('transactionId')

export const MaskedContacts = Type.Object({
  maskedMobile: Type.Union([Type.String(), Type.Null()]),
  maskedEmail: Type.Union([Type.String(), Type.Null()]),
})

const IdaErrorItem = Type.Object({ errorCode: Type.String(), errorMessage: Type.String() })

/** IDA-style response of the OTP routes. */
export const IdaOtpResponse = Type.Object({
  id: Type.Union([Type.String(), Type.Null()]),
  version: Type.Union([Type.String(), Type.Null()]),
  transactionID: Type.Union([Type.String(), Type.Null()]),
  /** `/individualId/otp` also answers MOSIP's code spelling. */
  transactionId: Type.Optional(Type.String()),
  responseTime: Type.String(),
  response: Type.Union([MaskedContacts, Type.Null()]),
  errors: Type.Union([Type.Array(IdaErrorItem), Type.Null()]),
  metadata: Type.Optional(Type.Null()),
})

/** MOSIP's RequestWrapper around an OTP check: `{id, version, requesttime, request}`. */
export function otpCheckBody(requestId: string) {
  return Type.Object(
    {
      id: Text(64),
      version: Text(16),
      requesttime: Text(40),
      request: Type.Object({
        transactionId: TransactionId,
        individualId: IndividualId,
        otp: Otp,
      }),
    },
    {
      examples: [
        {
          id: requestId,
          version: '1.0',
          requesttime: '2026-01-31T09:15:00.000Z',
          request: {
            transactionId: EXAMPLE_TRANSACTION,
            individualId: EXAMPLE_UIN,
            otp: '111111',
          },
        },
      ],
    },
  )
}

/** An OTP check as `/validate-otp` receives it (the same fields on every check route). */
export const OtpCheckBody = otpCheckBody('mosip.resident.identity.auth')

export function channelsOf(raw: string[]): ('PHONE' | 'EMAIL')[] {
  return [...new Set(raw.map((c) => c.toUpperCase() as 'PHONE' | 'EMAIL'))]
}
