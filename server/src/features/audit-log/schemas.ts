import { Type } from 'typebox'

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }))

/**
 * What the portal reports (contract: Proxy-API-for-Audit-Log-to-be-invoked-by-UI). Every field is
 * the browser's claim. `auditEventId` is required: a record without it says nothing. Unknown
 * fields are accepted and ignored, as MOSIP does.
 */
export const AuditLogBody = Type.Object(
  {
    auditEventId: Type.String({
      minLength: 1,
      maxLength: 64,
      pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
      description: 'The portal event id, e.g. RP-001',
    }),
    auditEventName: text(256),
    auditEventType: text(128),
    actionTimeStamp: text(64),
    hostName: text(256),
    hostIp: text(64),
    applicationId: text(64),
    applicationName: text(128),
    sessionUserId: text(128),
    sessionUserName: text(256),
    id: text(64),
    idType: text(16),
    createdBy: text(128),
    moduleName: text(128),
    moduleId: text(64),
    description: text(2048),
  },
  {
    examples: [
      {
        auditEventId: 'RP-001',
        auditEventName: 'Get Information',
        auditEventType: 'Navigation: Click Event',
        moduleId: 'RP-GI',
        moduleName: 'Get Information',
      },
    ],
  },
)

export const AuditLogResponse = Type.Object({ status: Type.Literal('Success') })
