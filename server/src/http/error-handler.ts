import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ResidentError } from '../resident/errors.ts'
import { sendError } from './envelope.ts'
import { schemaInputError } from './input-errors.ts'

function toResidentError(error: FastifyError, request: FastifyRequest): ResidentError {
  if (error instanceof ResidentError) return error
  // Each route answers a schema failure as its MOSIP service does (http/input-errors.ts).
  if (error.validation) return schemaInputError(error, request)
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new ResidentError('RES-SER-907')
    case 'FST_ERR_BAD_URL':
      return new ResidentError('RES-SER-908')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ResidentError('RES-SER-903')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ResidentError('RES-SER-904')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ResidentError('RES-SER-418', 'the body is not valid JSON')
  }
  if (error.statusCode === 429) return new ResidentError('RES-SER-905')
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new ResidentError('RES-SER-418', undefined, error.statusCode)
  }
  return new ResidentError('RES-SER-SYS-001')
}

/** Every failure leaves as an error in the route's contract shape; stack traces stay in the log. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const residentError = toResidentError(error, request)
    // A refusal that knows how long to wait says so (rate limits, paused OTP checks).
    if (residentError.retryAfterSeconds !== undefined) {
      reply.header('retry-after', String(residentError.retryAfterSeconds))
    }
    if (residentError.status >= 500) request.log.error({ err: error }, 'request failed')
    return sendError(request, reply, residentError)
  })
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new ResidentError('RES-SER-901')),
  )
}

/**
 * Errors the router raises before any route matched (malformed percent-encoding, overlong
 * parameters). Fastify's default answer echoes the URL, which may hold an identifier.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(request, reply, toResidentError(error, request))
}
