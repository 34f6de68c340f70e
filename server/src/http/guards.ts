import type { FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify'
import type { Config } from '../config.ts'
import { ResidentError } from '../resident/errors.ts'

/** Pre-handlers the public OTP and status routes run before their handler. */
export interface PublicGuards {
  /** Verifies the ALTCHA solution in `X-Captcha` (when captcha is required). */
  captcha: preHandlerAsyncHookHandler
  /** Per client IP budget on the routes that send OTPs (per window, and per day). */
  ipLimit: preHandlerAsyncHookHandler
  /** Per client IP budget on the routes that check OTPs (apart from the sends' budget). */
  otpCheck: preHandlerAsyncHookHandler
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

/** What a request carries of MOSIP's login: its cookies and the `Authorization` token, if any. */
export interface Credentials {
  /** Whether the request sent any cookie at all. */
  hasCookies: boolean
  /** The value of the cookie whose name contains `Authorization` (MOSIP's auth adapter). */
  cookieToken: string | undefined
  /** The `Authorization` header without its `Bearer ` prefix. */
  headerToken: string | undefined
}

/** Reads the cookies by hand: the server has no cookie plugin yet, and needs only these. */
export function credentialsOf(request: FastifyRequest): Credentials {
  let hasCookies = false
  let cookieToken: string | undefined
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at <= 0) continue
    hasCookies = true
    if (pair.slice(0, at).trim().includes('Authorization')) {
      const value = pair.slice(at + 1).trim()
      if (value !== '') cookieToken = value
    }
  }
  const header = request.headers.authorization?.trim()
  const headerToken = header ? header.replace(/^Bearer\s+/i, '') : undefined
  return { hasCookies, cookieToken, headerToken }
}

/** MOSIP's tokens are JWTs: three base64url parts (the signature may be empty), bounded. */
const WELL_FORMED_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/
const MAX_TOKEN_LENGTH = 8192

export function isWellFormedToken(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && WELL_FORMED_TOKEN.test(token)
}

/**
 * MOSIP's auth filter refuses a request whose `Authorization` cookie or header it cannot parse,
 * on every route of the service, public ones included (HTTP 401 `KER-ATH-401`); a request
 * without one goes on. Runs first on every API route.
 */
export const refuseMalformedCredentials: onRequestAsyncHookHandler = async (request) => {
  const { cookieToken, headerToken } = credentialsOf(request)
  for (const token of [cookieToken, headerToken]) {
    if (token !== undefined && !isWellFormedToken(token)) throw new ResidentError('KER-ATH-401')
  }
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
