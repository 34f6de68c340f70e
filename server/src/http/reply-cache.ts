import type { FastifyReply, FastifyRequest } from 'fastify'
import { mosipTime } from './envelope.ts'
import type { CacheMeter } from './observability.ts'

/** What Fastify sends for an object answer; a cached string must say the same. */
const JSON_TYPE = 'application/json; charset=utf-8'
const TIME_FIELD = '"responsetime":"'

interface Entry {
  /**
   * The serialised envelope before and after its `responsetime` value, as bytes: a hit copies
   * them around the time instead of encoding a long string again (twice: length, then write).
   */
  head: Buffer
  tail: Buffer
  storedAt: number
}

export interface ReplyCacheOptions {
  /**
   * The version of the data answers are made of: equal versions, equal answers (apart from the
   * time). Undefined while changes could go unnoticed: nothing is cached or served from memory.
   */
  version: () => string | undefined
  meter: CacheMeter
  /** Bound on the bytes held. */
  maxBytes?: number
  /** A safety net behind the version: no answer is served from memory for longer. */
  maxAgeMs?: number
  now?: () => number
}

export interface ReplyCache {
  /**
   * The answer to a GET whose whole input is its URL: from memory when it was made under the
   * current version, else `load`ed, serialised once by the route's response schema and kept.
   * Only successful envelopes are kept (a thrown error goes on to the error handler as before).
   * Sends the answer; the handler returns what this resolves to (the reply).
   */
  reply(
    request: FastifyRequest,
    reply: FastifyReply,
    load: () => Promise<{ responsetime: string }>,
  ): Promise<FastifyReply>
}

/**
 * Answers held as serialised bytes, keyed by URL (route, parameters, query: the language is in
 * it). The envelope's `responsetime` is spliced in fresh per request, so the JSON on the wire is
 * what the route's serialiser would write now. All entries go when the version moves on.
 */
export function createReplyCache(options: ReplyCacheOptions): ReplyCache {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024
  const maxAgeMs = options.maxAgeMs ?? 60_000
  const now = options.now ?? Date.now
  const { meter } = options
  // Insertion order is age order: the oldest entries are the first to go when full.
  const entries = new Map<string, Entry>()
  let bytes = 0
  let current: string | undefined

  function forget(key: string, entry: Entry) {
    entries.delete(key)
    bytes -= entry.head.length + entry.tail.length
  }

  function keep(key: string, entry: Entry) {
    const size = entry.head.length + entry.tail.length
    if (size > maxBytes / 16) return
    for (const [oldKey, old] of entries) {
      if (bytes + size <= maxBytes) break
      forget(oldKey, old)
    }
    entries.set(key, entry)
    bytes += size
  }

  return {
    async reply(request, reply, load) {
      const version = options.version()
      if (version === undefined) {
        meter.bypass()
        return reply.send(await load())
      }
      if (version !== current) {
        entries.clear()
        bytes = 0
        current = version
      }
      const key = request.url
      const entry = entries.get(key)
      if (entry) {
        if (now() - entry.storedAt < maxAgeMs) {
          meter.hit()
          const time = Buffer.from(mosipTime(), 'latin1')
          const size = entry.head.length + time.length + entry.tail.length
          return reply.type(JSON_TYPE).send(Buffer.concat([entry.head, time, entry.tail], size))
        }
        forget(key, entry)
      }
      meter.miss()
      const storedAt = now()
      const envelope = await load()
      const json = reply.serialize(envelope) as string
      const marker = `${TIME_FIELD}${envelope.responsetime}"`
      const at = json.indexOf(marker)
      // Kept only if nothing changed while it was read: else it may hold the old data.
      if (at >= 0 && options.version() === version && current === version) {
        const split = at + TIME_FIELD.length
        keep(key, {
          head: Buffer.from(json.slice(0, split)),
          tail: Buffer.from(json.slice(split + envelope.responsetime.length)),
          storedAt,
        })
      }
      return reply.type(JSON_TYPE).send(json)
    },
  }
}
