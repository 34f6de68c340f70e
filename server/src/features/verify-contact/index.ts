import type { Feature } from '../../resident/context.ts'
import { registerVerifyContact } from './routes.ts'
import { createVerifyContactService } from './service.ts'

/** Verify my phone number / email. */
export const verifyContact: Feature = {
  name: 'verify-contact',
  routes(api, context) {
    registerVerifyContact(api, createVerifyContactService(context), context.guards)
  },
}
