import type { Feature } from '../../resident/context.ts'
import { registerGetMyUin } from './routes.ts'
import { createGetMyUinService } from './service.ts'

/** Get my UIN: application stage, OTP, the UIN card, the AID status. */
export const getMyUin: Feature = {
  name: 'get-my-uin',
  routes(api, context) {
    registerGetMyUin(api, createGetMyUinService(context), context.guards)
  },
}
