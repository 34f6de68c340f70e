import type { Feature } from '../../resident/context.ts'
import { registerSessionRoutes, registerValidateToken } from './routes.ts'

/**
 * The resident's session as the official portal checks it on every page: `validateToken` in
 * public, and the header's logged-in routes, which answer MOSIP's 401 until login exists.
 */
export const session: Feature = {
  name: 'session',
  routes(api) {
    registerValidateToken(api)
  },
  residentRoutes(api) {
    registerSessionRoutes(api)
  },
}
