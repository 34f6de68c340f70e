import { Type } from 'typebox'

/** Shared request fields of the OTP flows, as MOSIP validates them. */
export const IndividualId = Type.String({
  pattern: '^[0-9]{10,29}$',
  description: 'UIN (10 digits), VID (16) or AID (29)',
})
export const TransactionId = Type.String({
  pattern: '^[0-9]{10}$',
  description: '10 digits chosen by the client; the OTP is bound to it',
})
export const Otp = Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit OTP' })
export const OtpChannel = Type.String({
  pattern: '^(PHONE|EMAIL|phone|email)$',
  description: 'PHONE or EMAIL',
})
const Text = (maxLength: number) => Type.Optional(Type.String({ maxLength }))

/** IDA's OTP request (`/individualId/otp`, `/req/otp`): no wrapper, either spelling of the id. */
export const OtpRequestBody = Type.Object({
  id: Text(64),
  version: Text(16),
  transactionID: Type.Optional(TransactionId),
  transactionId: Type.Optional(TransactionId),
  requestTime: Text(40),
  individualId: IndividualId,
  otpChannel: Type.Array(OtpChannel, { minItems: 1, maxItems: 2 }),
  metadata: Type.Optional(Type.Union([Type.Object({}), Type.Null()])),
})

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
export const OtpCheckBody = Type.Object({
  id: Text(64),
  version: Text(16),
  requesttime: Text(40),
  request: Type.Object({
    transactionId: TransactionId,
    individualId: IndividualId,
    otp: Otp,
  }),
})

export function channelsOf(raw: string[]): ('PHONE' | 'EMAIL')[] {
  return [...new Set(raw.map((c) => c.toUpperCase() as 'PHONE' | 'EMAIL'))]
}
