import type { FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { fileTimestamp } from '../pdf/timestamps.ts'
import { envelopeSchema } from './schemas.ts'

/**
 * MOSIP's `time-zone-offset` header: minutes as getTimezoneOffset() gives them, -1440..1440.
 * A pattern, not an integer: Ajv's coercion turns "1e999" into Infinity, which skips its range
 * checks (the fuzzer found the 500 that followed).
 */
export const TimeZoneHeaders = Type.Object({
  'time-zone-offset': Type.Optional(
    Type.String({
      pattern: '^[+-]?(?:1440|14[0-3][0-9]|1[0-3][0-9]{2}|[0-9]{1,3})$',
      description: 'minutes, as getTimezoneOffset(): local time = UTC − offset (-1440..1440)',
    }),
  ),
})

/** The offset in minutes of a request whose headers passed `TimeZoneHeaders` (0 when absent). */
export function timeZoneOffsetOf(headers: { 'time-zone-offset'?: string }): number {
  return Number(headers['time-zone-offset'] ?? 0)
}

/** The 200 answer of every PDF route: the file, or MOSIP's JSON envelope on error. */
export function pdfResponseSchema(description: string) {
  return {
    200: {
      description,
      content: {
        'application/pdf': { schema: Type.String({ format: 'binary' }) },
        'application/json': { schema: envelopeSchema(Type.Null()) },
      },
    },
  }
}

export interface Attachment {
  /** File name before the timestamp, e.g. `Get_my_UIN` (MOSIP's naming conventions). */
  name: string
  body: Uint8Array
  /** When it was made, and the resident's offset: the file name carries their local time. */
  generatedAt: Date
  timeZoneOffset: number
  /** The resident event it belongs to, answered in MOSIP's `eventId` header. */
  eventId?: string
  contentType?: string
  extension?: string
}

/**
 * Sends a generated file: attachment with MOSIP's `<name>_<local time>.<ext>` file name, never
 * cached (it holds personal data or is made for this request).
 */
export function sendAttachment(reply: FastifyReply, file: Attachment): FastifyReply {
  const stamp = fileTimestamp(file.generatedAt, file.timeZoneOffset)
  if (file.eventId) reply.header('eventId', file.eventId)
  return reply
    .header('content-type', file.contentType ?? 'application/pdf')
    .header(
      'content-disposition',
      `attachment; filename="${file.name}_${stamp}.${file.extension ?? 'pdf'}"`,
    )
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength))
}
