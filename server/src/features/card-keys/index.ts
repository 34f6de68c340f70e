import type { Feature } from '../../resident/context.ts'
import { registerWellKnown } from './routes.ts'

/** The public keys that verify card QR codes, at the server root (RFC 8615), not the API prefix. */
export const cardKeys: Feature = {
  name: 'card-keys',
  prefix: '',
  routes(api, { platform }) {
    registerWellKnown(api, platform.keys)
  },
}
