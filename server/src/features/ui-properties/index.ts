import type { Feature } from '../../resident/context.ts'
import { registerUiProperties } from './routes.ts'

/** The non-secret settings the portal boots on. */
export const uiProperties: Feature = {
  name: 'ui-properties',
  routes(api, { config }) {
    registerUiProperties(api, config)
  },
}
