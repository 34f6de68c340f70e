import type { Feature } from '../resident/context.ts'
import { auditLog } from './audit-log/index.ts'
import { captcha } from './captcha/index.ts'
import { cardKeys } from './card-keys/index.ts'
import { devMailbox } from './dev-mailbox/index.ts'
import { getInformation } from './get-information/index.ts'
import { getMyUin } from './get-my-uin/index.ts'
import { session } from './session/index.ts'
import { uiProperties } from './ui-properties/index.ts'
import { verifyContact } from './verify-contact/index.ts'

/**
 * Every resident service. `app.ts` mounts each feature's public routes in the public scope and
 * its `residentRoutes` in the logged-in scope (session guard and origin check on every route).
 */
export const features: readonly Feature[] = [
  uiProperties,
  session,
  cardKeys,
  captcha,
  getInformation,
  getMyUin,
  verifyContact,
  auditLog,
  devMailbox,
]
