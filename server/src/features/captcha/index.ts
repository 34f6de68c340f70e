import type { Feature } from '../../resident/context.ts'
import { registerCaptchaRoutes } from './routes.ts'

/** The proof-of-work challenge the public OTP forms solve. */
export const captcha: Feature = {
  name: 'captcha',
  routes(api, { captcha, perIpLimit }) {
    // Each challenge costs the server about 2 ms of CPU: bounded per client too.
    registerCaptchaRoutes(api, captcha, {
      limit: perIpLimit('captcha-ip', { points: 120, durationSeconds: 600 }),
    })
  },
}
