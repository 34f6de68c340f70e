import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorCodes } from '../../http/error-codes.ts'
import { credentialsOf } from '../../http/guards.ts'
import { envelopeSchema, LangCode } from '../../http/schemas.ts'
import { ResidentError } from '../../resident/errors.ts'

const tags = ['session']

/** MOSIP's answer to a request without a valid session, as its auth adapter sends it. */
const SessionRefused = envelopeSchema(Type.Null())

/**
 * `GET /authorize/admin/validateToken`: the official portal asks it on every page. MOSIP's login
 * library answers a visitor without cookies HTTP 200 `KER-ACP-001` and one without the
 * `Authorization` cookie `KER-ACP-002`; a token it cannot validate is HTTP 401 `KER-ATH-401`.
 * Login does not exist yet, so no token is valid.
 */
export function registerValidateToken(api: FastifyInstance): void {
  api.get(
    '/authorize/admin/validateToken',
    {
      schema: {
        tags,
        summary: 'Is the session cookie valid? (the official portal asks on every page)',
        response: { 200: envelopeSchema(Type.String()), 401: SessionRefused },
        ...errorCodes('KER-ACP-001', 'KER-ACP-002', 'KER-ATH-401'),
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store')
      const { hasCookies, cookieToken } = credentialsOf(request)
      if (!hasCookies) throw new ResidentError('KER-ACP-001')
      if (cookieToken === undefined) throw new ResidentError('KER-ACP-002')
      // No session can be valid before login exists; then this answers ok(…, 'TOKEN_VALID').
      throw new ResidentError('KER-ATH-401')
    },
  )
}

const refused = async (): Promise<never> => {
  // The logged-in scope's session guard answers first; this is its second line.
  throw new ResidentError('KER-ATH-401')
}

/**
 * The logged-in routes the official portal calls on every page (the header's name and photo,
 * the bell): registered now so a visitor gets MOSIP's 401 `KER-ATH-401`, never a 404.
 */
export function registerSessionRoutes(api: FastifyInstance): void {
  const schema = (summary: string, extra: Record<string, unknown> = {}) => ({
    tags,
    summary,
    ...extra,
    // The logged-in answer comes with login; until then only MOSIP's refusal is sent.
    response: { 200: envelopeSchema(Type.Unknown()), 401: SessionRefused },
    ...errorCodes('KER-ATH-401', 'RES-SER-910'),
  })
  api.get(
    '/profile',
    {
      schema: schema('The logged-in resident’s name, photo and last login', {
        querystring: Type.Object({ languageCode: Type.Optional(LangCode) }),
      }),
    },
    refused,
  )
  api.get(
    '/unread/notification-count',
    { schema: schema('How many notifications are unread') },
    refused,
  )
  api.get(
    '/notifications/:langCode',
    {
      schema: schema('The bell’s notifications', {
        params: Type.Object({ langCode: LangCode }),
      }),
    },
    refused,
  )
  api.put('/bell/updatedttime', { schema: schema('Record that the bell was opened now') }, refused)
}
