import type { ErrorCode } from '../resident/errors.ts'

declare module 'fastify' {
  interface FastifySchema {
    /** The error codes this route answers (beyond COMMON_ERROR_CODES), in its OpenAPI entry. */
    'x-error-codes'?: readonly ErrorCode[]
  }
}

/**
 * Codes any API route may answer whatever its contract: the request itself was unusable before
 * the route saw it (address, host name, size, media type, timing, headers, a malformed
 * `Authorization` cookie or header), the client is over its budget, or the server is starting or
 * stopping. A route with a JSON body may also answer BODY_ERROR_CODES.
 */
export const COMMON_ERROR_CODES = [
  'KER-ATH-401',
  'RES-SER-901',
  'RES-SER-903',
  'RES-SER-904',
  'RES-SER-905',
  'RES-SER-906',
  'RES-SER-907',
  'RES-SER-908',
  // Not addressed to this deployment's host name (http/allowed-hosts.ts).
  'RES-SER-911',
  // Answered by the HTTP parser before any route (http/client-errors.ts).
  'RES-SER-912',
  'RES-SER-913',
] as const satisfies readonly ErrorCode[]

/** A body that is not JSON at all: MOSIP's generic RES-SER-418 (HttpMessageNotReadable). */
export const BODY_ERROR_CODES = ['RES-SER-418'] as const satisfies readonly ErrorCode[]

/**
 * The error codes a route answers, for its schema: published as `x-error-codes` in the OpenAPI
 * document, so integrators (and the generated bad-input test) know each route's contract.
 */
export function errorCodes(...codes: ErrorCode[]): { 'x-error-codes': readonly ErrorCode[] } {
  return { 'x-error-codes': codes }
}
