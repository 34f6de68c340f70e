import net from 'node:net'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Redis } from 'ioredis'
import pg from 'pg'
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  type RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import type { Database } from '../db/database.ts'
import { ResidentError } from '../resident/errors.ts'
import { databaseStore, sqlTableStore } from './rate-limit-database.ts'

/** A hook that may refuse a request; usable as `onRequest` (before the body is read) or `preHandler`. */
export type RequestGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<void>

/** RES-SER-905 (HTTP 429) with the seconds to wait, for `Retry-After`. */
export class RateLimitedError extends ResidentError {
  override retryAfterSeconds: number

  constructor(retryAfterSeconds: number) {
    super('RES-SER-905')
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export interface Limiter {
  /** Spends one point of `key`'s budget; throws RateLimitedError when it is spent. */
  consume(key: string): Promise<void>
}

/** Remembers keys for a while: the first use answers true, every later one false. */
export interface ReplayGuard {
  firstUse(key: string, ttlSeconds: number): Promise<boolean>
}

export interface RateLimits {
  kind: 'redis' | 'postgres' | 'database' | 'memory'
  limiter(name: string, options: { points: number; durationSeconds: number }): Limiter
  replayGuard(): ReplayGuard
  /** Resolves once the store is reachable (Redis connected, PostgreSQL table created). */
  ready(): Promise<void>
  close(): Promise<void>
}

export interface RateLimitOptions {
  /** Shared by every process: the preferred store. */
  redisUrl?: string | undefined
  /** Used when there is no Redis; each process opens its own small pool. */
  databaseUrl?: string | undefined
  /**
   * The app's own database, used when there is neither: the embedded PGlite, so budgets survive
   * a restart there too. (With a URL, the small pool keeps limits off the app's connections.)
   */
  db?: Database | undefined
  /** Table of the PostgreSQL store. */
  tableName?: string
  /** Prefix of every key, so deployments (and test runs) sharing a store do not mix. */
  namespace?: string
  /** Store failures: requests then fall back to a per-process memory budget. */
  onStoreError?: (error: unknown) => void
}

export type StoreOptions = IRateLimiterOptions & { keyPrefix: string }

export interface Store {
  kind: RateLimits['kind']
  make(options: StoreOptions): RateLimiterMemory | RateLimiterRedis | RateLimiterPostgres
  /** Never rejects; a failure is reported and retried on the next call. */
  prepared(): Promise<void>
  ready(): Promise<void>
  close(): Promise<void>
}

const NAME = /^[a-z][a-z0-9-]{0,39}$/

/**
 * Rate limits over one store, chosen by what the deployment has: Redis when configured (several
 * processes share budgets), else PostgreSQL, else the app's own database (embedded PGlite: one
 * process, but budgets must outlive a restart), else memory (unit tests).
 * When the shared store fails, each limiter falls back to a memory budget in this process rather
 * than refusing everyone or letting everyone through.
 */
export function createRateLimits(options: RateLimitOptions = {}): RateLimits {
  const report = options.onStoreError ?? (() => {})
  const store = options.redisUrl
    ? redisStore(options.redisUrl, report)
    : options.databaseUrl
      ? postgresStore(options.databaseUrl, tableOf(options), report)
      : options.db
        ? databaseStore(options.db, tableOf(options), report)
        : memoryStore()
  return rateLimitsOn(store, options.namespace ?? 'resident', report)
}

/** The limiters and replay guard over one store (exported for tests of a store that fails). */
export function rateLimitsOn(
  store: Store,
  namespace: string,
  report: (error: unknown) => void,
): RateLimits {
  return {
    kind: store.kind,
    limiter(name, { points, durationSeconds }) {
      if (!NAME.test(name)) throw new Error(`rate limiter name "${name}" is not a-z0-9-`)
      const limiter = store.make({
        keyPrefix: `${namespace}:${name}`,
        points,
        duration: durationSeconds,
      })
      return {
        async consume(key) {
          await store.prepared()
          try {
            await limiter.consume(key)
          } catch (error) {
            if (error instanceof RateLimiterRes) {
              throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
            }
            // Store and memory fallback both failed: let the request through, say so.
            report(error)
          }
        },
      }
    },
    replayGuard() {
      const limiter = store.make({ keyPrefix: `${namespace}:replay`, points: 1, duration: 60 })
      return {
        async firstUse(key, ttlSeconds) {
          await store.prepared()
          try {
            await limiter.consume(key, 1, {
              customDuration: Math.max(1, Math.ceil(ttlSeconds)),
            })
            return true
          } catch (error) {
            // Refused (seen before) or no store at all: either way not a first use we can vouch for.
            if (!(error instanceof RateLimiterRes)) report(error)
            return false
          }
        },
      }
    },
    ready: () => store.ready(),
    close: () => store.close(),
  }
}

const TABLE = /^[a-z_][a-z0-9_]{0,62}$/

function tableOf(options: RateLimitOptions): string {
  const table = options.tableName ?? 'rate_limits'
  if (!TABLE.test(table)) throw new Error(`rate limit table "${table}" is not a plain name`)
  return table
}

function memoryStore(): Store {
  return {
    kind: 'memory',
    make: (options) => new RateLimiterMemory(options),
    prepared: async () => {},
    ready: async () => {},
    close: async () => {},
  }
}

function redisStore(url: string, report: (error: unknown) => void): Store {
  // Fail fast while Redis is away (no offline queue, a short timeout): the memory fallback answers.
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
  })
  redis.on('error', report)
  return {
    kind: 'redis',
    make: (options) =>
      new RateLimiterRedis({
        ...options,
        storeClient: redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    prepared: async () => {},
    ready: () =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            redis.once('ready', () => resolve())
            redis.once('error', reject)
          }),
    // Every budget write is awaited by its request, so nothing is left to flush: no QUIT.
    close: async () => redis.disconnect(),
  }
}

function postgresStore(url: string, table: string, report: (error: unknown) => void): Store {
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 2000 })
  pool.on('error', report)
  return sqlTableStore('postgres', pool, table, report, () => pool.end())
}

/**
 * The budget key of a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64, since
 * one subscriber usually holds a whole /64 and could otherwise rotate addresses freely.
 */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)
  if (mapped?.[1]) return mapped[1]
  if (!net.isIPv6(ip)) return ip
  return `${firstHextets(ip).join(':')}::/64`
}

/**
 * The first four hextets of an IPv6 address, `::` expanded. Only the length of the last group
 * matters here: an IPv4 tail (two hextets) counts as `0:0`, and a zone (`%eth0`) rides on the
 * last group, which never reaches the first four.
 */
function firstHextets(address: string): string[] {
  const text = address.toLowerCase()
  const plain = text.includes('.') ? `${text.slice(0, text.lastIndexOf(':') + 1)}0:0` : text
  const [head, tail] = plain.split('::') as [string, string?]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const middle = Array(8 - left.length - right.length).fill('0')
  return [...left, ...middle, ...right].slice(0, 4).map((h) => h.replace(/^0+(?=.)/, ''))
}

/**
 * Spends one point per request of the client's address. `request.ip` honours X-Forwarded-For only
 * when the server trusts its proxy (config `trustProxy`), so a client cannot pick its own key.
 * A refusal is a RateLimitedError: the error handler answers it with 429 and `Retry-After`.
 */
export function perIp(limiter: Limiter): RequestGuard {
  return async (request) => {
    await limiter.consume(clientKey(request.ip))
  }
}
