import type { Feature } from '../../resident/context.ts'
import { registerAuditLog, registerResidentAuditLog } from './routes.ts'

/** The portal's UI events: MOSIP's public and logged-in audit proxies. */
export const auditLog: Feature = {
  name: 'audit-log',
  routes(api, { platform, resident, perIpLimit }) {
    registerAuditLog(api, {
      audit: platform.audit,
      hashId: resident.tokenOf,
      limit: perIpLimit('audit-ip', { points: 60, durationSeconds: 60 }),
    })
  },
  residentRoutes(api, { platform, resident, perIpLimit }) {
    registerResidentAuditLog(api, {
      audit: platform.audit,
      hashId: resident.tokenOf,
      limit: perIpLimit('audit-ip', { points: 60, durationSeconds: 60 }),
    })
  },
}
