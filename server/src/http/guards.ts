import type { preHandlerAsyncHookHandler } from 'fastify'

/** Pre-handlers the public OTP and status routes run before their handler. */
export interface PublicGuards {
  /** Verifies the ALTCHA solution in `X-Captcha` (when captcha is required). */
  captcha: preHandlerAsyncHookHandler
  /** Per client IP budget on the routes that send OTPs. */
  ipLimit: preHandlerAsyncHookHandler
  /** Per client IP budget on the public status routes (a separate budget). */
  status: preHandlerAsyncHookHandler
}
