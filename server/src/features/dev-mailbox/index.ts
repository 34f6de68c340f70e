import type { Feature } from '../../resident/context.ts'
import { registerDevMailbox } from './routes.ts'

/** Demo mode only: every message the server sent (no route at all when the mailbox is off). */
export const devMailbox: Feature = {
  name: 'dev-mailbox',
  routes(api, { platform }) {
    registerDevMailbox(api, platform.notifier)
  },
}
