import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { ok } from '../../http/envelope.ts'
import { errorCodes } from '../../http/error-codes.ts'
import { envelopeSchema } from '../../http/schemas.ts'
import type { NotifierPort } from '../../platform/notifier.ts'

const DEFAULT_LIMIT = 50

// An address or a phone number: no spaces, controls, invisible or direction-changing characters.
const CONTACT_CHAR = '[^\\s@%<>\\u0000-\\u001f\\u007f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f]'

const MailboxQuery = Type.Object({
  to: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 254,
      pattern: `^(${CONTACT_CHAR}+@${CONTACT_CHAR}+|\\+?[0-9]{4,20})$`,
      description: 'Only messages to this email address or phone number (case-insensitive)',
    }),
  ),
  // Decimal text, not an integer: coercion would let "1e999" through as Infinity.
  limit: Type.Optional(
    Type.String({
      pattern: '^(?:[1-9][0-9]?|1[0-9]{2}|200)$',
      default: String(DEFAULT_LIMIT),
      description: 'At most this many messages, 1 to 200',
    }),
  ),
})

const MailboxMessage = Type.Object({
  id: Type.Integer(),
  channel: Type.Union([Type.Literal('EMAIL'), Type.Literal('SMS')]),
  to: Type.String(),
  subject: Type.Union([Type.String(), Type.Null()]),
  body: Type.String({ description: 'Plain text of the email, or the SMS' }),
  sentAt: Type.String({ format: 'date-time' }),
})

const MailboxResponse = envelopeSchema(Type.Object({ messages: Type.Array(MailboxMessage) }))

/**
 * Ours, demo mode only: the development mailbox, every email and SMS the server sent, newest
 * first, so a demo works without a mail server. Not registered at all when the mailbox is off.
 */
export function registerDevMailbox(parent: FastifyInstance, notifier: NotifierPort): void {
  const mailbox = notifier.mailbox
  if (!mailbox) return
  const api = parent.withTypeProvider<TypeBoxTypeProvider>()
  api.get(
    '/dev/mailbox',
    {
      config: { envelope: { responseId: 'resident.dev.mailbox' } },
      schema: {
        summary: 'Development mailbox: messages the server sent (demo mode only)',
        tags: ['development'],
        querystring: MailboxQuery,
        response: { 200: MailboxResponse },
        ...errorCodes('RES-SER-410'),
      },
    },
    async (request, reply) => {
      // The messages hold OTPs: no cache may keep them.
      reply.header('cache-control', 'no-store')
      const { to } = request.query
      const limit = Number(request.query.limit ?? DEFAULT_LIMIT)
      const messages = await mailbox.list(to === undefined ? { limit } : { to, limit })
      return ok(request, {
        messages: messages.map((m) => ({ ...m, sentAt: m.sentAt.toISOString() })),
      })
    },
  )
}
