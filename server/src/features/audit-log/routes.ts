import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Static } from 'typebox'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import type { RequestGuard } from '../../http/rate-limit.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import type { AuditPort } from '../../platform/audit.ts'
import { AuditLogBody, AuditLogResponse } from './schemas.ts'

export interface AuditLogDeps {
  audit: AuditPort
  /** Salted hash of an individual id (keys.hashId): the raw id is never stored. */
  hashId: (id: string) => string
  /** Per-client budget; runs before the body is read. */
  limit: RequestGuard
  /** The logged-in resident's id hash (the logged-in scope has checked the session). */
  sessionIdHash?: (request: FastifyRequest) => string | null
}

/** The portal's audit events are small; anything larger is not one. */
const BODY_LIMIT = 16 * 1024

/**
 * Only these fields reach the record. The rest (user name, host, free-text description) is
 * unverified and may hold personal data, so it is dropped rather than stored.
 */
const DETAIL_FIELDS = [
  'auditEventId',
  'auditEventName',
  'auditEventType',
  'moduleId',
  'moduleName',
] as const

function detailOf(body: Static<typeof AuditLogBody>): Record<string, string> {
  const detail: Record<string, string> = {}
  for (const field of DETAIL_FIELDS) {
    const value = body[field]
    if (value) detail[field] = value
  }
  return detail
}

const schema = {
  tags: ['audit'],
  body: AuditLogBody,
  response: { 200: envelopeSchema(AuditLogResponse) },
  ...errorCodes('RES-SER-410', 'RES-SER-414'),
}
const config = { envelope: { responseId: 'mosip.resident.audit.log', responseVersion: '1.0' } }

/** `/proxy/audit/log`: the portal's UI events, reported by anyone (unverified). */
export function registerAuditLog(parent: FastifyInstance, deps: AuditLogDeps): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()
  api.post(
    '/proxy/audit/log',
    {
      bodyLimit: BODY_LIMIT,
      onRequest: [deps.limit],
      config,
      schema: {
        ...schema,
        summary: 'Record a UI event reported by the portal (unverified; id stored only as a hash)',
      },
    },
    async (request) => {
      const id = request.body.id?.trim()
      await deps.audit.record({
        action: 'UI_EVENT',
        result: 'SUCCESS',
        idHash: id ? deps.hashId(id) : null,
        clientIp: request.ip,
        clientReported: true,
        detail: detailOf(request.body),
      })
      return ok(request, { status: 'Success' as const })
    },
  )
}

/** `/auth-proxy/audit/log`: the logged-in resident's UI events (registered in the logged-in scope). */
export function registerResidentAuditLog(parent: FastifyInstance, deps: AuditLogDeps): void {
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()
  api.post(
    '/auth-proxy/audit/log',
    {
      bodyLimit: BODY_LIMIT,
      // The logged-in scope checked the session first: nobody without one gets the body parsed.
      onRequest: [deps.limit],
      config,
      schema: { ...schema, summary: 'Record a UI event of the logged-in resident' },
    },
    async (request) => {
      // The resident is the session's, never the body's `id`.
      await deps.audit.record({
        action: 'UI_EVENT',
        result: 'SUCCESS',
        idHash: deps.sessionIdHash?.(request) ?? null,
        clientIp: request.ip,
        clientReported: true,
        detail: detailOf(request.body),
      })
      return ok(request, { status: 'Success' as const })
    },
  )
}
