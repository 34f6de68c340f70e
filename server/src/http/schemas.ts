import { type TSchema, Type } from 'typebox'

const ErrorItem = Type.Object({ errorCode: Type.String(), message: Type.String() })

/** The MOSIP response envelope around `response`, for route schemas and the OpenAPI document. */
export function envelopeSchema<T extends TSchema>(response: T) {
  return Type.Object({
    id: Type.Union([Type.String(), Type.Null()]),
    version: Type.Union([Type.String(), Type.Null()]),
    responsetime: Type.String(),
    metadata: Type.Null(),
    response: Type.Union([response, Type.Null()]),
    errors: Type.Union([Type.Array(ErrorItem), Type.Null()]),
  })
}

/** Language codes: three lower-case letters; whether the deployment offers it is the route's check. */
export const LangCode = Type.String({
  pattern: '^[a-z]{3}$',
  description: 'ISO 639-2 code, e.g. eng',
  examples: ['eng'],
})
