import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ResidentError } from '../resident/errors.ts'

/**
 * Response shapes of the MOSIP contract. `mosip`: `{id, version, responsetime, metadata, response,
 * errors[{errorCode, message}]}`. `ida`: the ID-authentication style of the OTP routes,
 * `{id, version, transactionID, responseTime, response, errors[{errorCode, errorMessage}]}`.
 */
export type ResponseShape = 'mosip' | 'ida'

export interface EnvelopeRouteConfig {
  /** Response `id` of the route, e.g. `resident.ui.properties`; null where MOSIP sends null. */
  responseId?: string | null
  responseVersion?: string | null
  shape?: ResponseShape
}

declare module 'fastify' {
  interface FastifyContextConfig {
    envelope?: EnvelopeRouteConfig
  }
}

/** MOSIP timestamps: ISO-8601 UTC with milliseconds. */
export const mosipTime = (date = new Date()) => date.toISOString()

export function envelopeConfig(request: FastifyRequest): Required<EnvelopeRouteConfig> {
  const cfg = request.routeOptions?.config?.envelope ?? {}
  return {
    responseId: cfg.responseId ?? null,
    responseVersion: cfg.responseVersion ?? (cfg.responseId ? '1.0' : null),
    shape: cfg.shape ?? 'mosip',
  }
}

export function ok<T>(request: FastifyRequest, response: T) {
  const cfg = envelopeConfig(request)
  return {
    id: cfg.responseId,
    version: cfg.responseVersion,
    responsetime: mosipTime(),
    metadata: null,
    response,
    errors: null,
  }
}

/** IDA-style success of the OTP routes; the transaction id comes back under the caller's key. */
export function idaOk<T>(request: FastifyRequest, response: T) {
  const cfg = envelopeConfig(request)
  return {
    id: cfg.responseId,
    version: cfg.responseVersion,
    transactionID: transactionOf(request),
    responseTime: mosipTime(),
    response,
    errors: null,
    metadata: null,
  }
}

/** The 10-digit transaction id of an OTP request body, when it has a well-formed one. */
function transactionOf(request: FastifyRequest): string | null {
  const body = request.body as { transactionID?: unknown; transactionId?: unknown } | undefined
  const value = body?.transactionID ?? body?.transactionId
  return typeof value === 'string' && /^[0-9]{10}$/.test(value) ? value : null
}

export function errorBody(request: FastifyRequest, errors: ResidentError[]) {
  const cfg = envelopeConfig(request)
  if (cfg.shape === 'ida') {
    return {
      id: cfg.responseId,
      version: cfg.responseVersion,
      transactionID: transactionOf(request),
      responseTime: mosipTime(),
      response: null,
      errors: errors.map((e) => ({ errorCode: e.code, errorMessage: e.message })),
    }
  }
  return {
    id: cfg.responseId,
    version: cfg.responseVersion,
    responsetime: mosipTime(),
    metadata: null,
    response: null,
    errors: errors.map((e) => ({ errorCode: e.code, message: e.message })),
  }
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: ResidentError) {
  return reply.status(error.status).send(errorBody(request, [error]))
}

/**
 * The MOSIP error envelope where no route and no Fastify request exist (the raw connection, the
 * metrics listener): `id` and `version` are null, as on an unknown path.
 */
export function routelessErrorBody(error: ResidentError) {
  return {
    id: null,
    version: null,
    responsetime: mosipTime(),
    metadata: null,
    response: null,
    errors: [{ errorCode: error.code, message: error.message }],
  }
}
