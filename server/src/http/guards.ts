import type { FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../config.ts'
import { ResidentError } from '../resident/errors.ts'

/** Pre-handlers the public OTP and status routes run before their handler. */
export interface PublicGuards {
  /** Verifies the ALTCHA solution in `X-Captcha` (when captcha is required). */
  captcha: preHandlerAsyncHookHandler
  /** Per client IP budget on the routes that send OTPs. */
  ipLimit: preHandlerAsyncHookHandler
  /** Per client IP budget on the public status routes (a separate budget). */
  status: preHandlerAsyncHookHandler
}

/**
 * The session guard of the logged-in scope. Login does not exist yet, so nobody has a session:
 * MOSIP's auth adapter answers such a request HTTP 401 `KER-ATH-401`, and so do we.
 */
export const requireSession: onRequestAsyncHookHandler = async () => {
  throw new ResidentError('KER-ATH-401')
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origins a state-changing request may come from: the portal's own (PUBLIC_URL). */
function allowedOrigins(config: Config): Set<string> {
  return new Set([new URL(config.publicUrl).origin])
}

/**
 * CSRF defence of the logged-in scope (DESIGN "Compatibility rules"): an unsafe method must come
 * from an allowed origin — by its `Origin` header, or else by `Sec-Fetch-Site: same-origin`.
 */
export function requireAllowedOrigin(config: Config): onRequestAsyncHookHandler {
  const origins = allowedOrigins(config)
  return async (request: FastifyRequest) => {
    if (SAFE.has(request.method)) return
    const origin = request.headers.origin
    if (
      origin !== undefined
        ? origins.has(origin)
        : request.headers['sec-fetch-site'] === 'same-origin'
    ) {
      return
    }
    throw new ResidentError('RES-SER-910')
  }
}
