import crypto from 'node:crypto'
import net from 'node:net'
import Fastify from 'fastify'
import pg from 'pg'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { registerErrorHandling } from './error-handler.ts'
import {
  clientKey,
  createRateLimits,
  perIp,
  RateLimitedError,
  type RateLimitOptions,
  type RateLimits,
} from './rate-limit.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** True when something listens at the URL's host and port (the shared stores are optional here). */
function reachable(url: string, defaultPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) || defaultPort })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000)
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
    socket.once('timeout', () => done(false))
  })
}

const haveRedis = await reachable(REDIS_URL, 6379)
const havePostgres = await reachable(PG_URL, 5432)
/** CI must test every store: there a missing service fails the run instead of skipping tests. */
const inCi = /^(1|true)$/i.test(process.env.CI ?? '')
if (!inCi && !haveRedis) console.warn(`rate-limit tests: no Redis at ${REDIS_URL}, not tested`)
if (!inCi && !havePostgres) console.warn(`rate-limit tests: no PostgreSQL at ${PG_URL}, not tested`)

describe.runIf(inCi)('in CI', () => {
  it('reaches the Redis and PostgreSQL shared stores, so none of their tests is skipped', () => {
    expect({ redis: haveRedis && REDIS_URL, postgres: havePostgres && PG_URL }).toEqual({
      redis: REDIS_URL,
      postgres: PG_URL,
    })
  })
})

const open: RateLimits[] = []
const tables: string[] = []
afterAll(async () => {
  await Promise.all(open.map((limits) => limits.close()))
  if (tables.length) {
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    for (const table of tables) await client.query(`DROP TABLE IF EXISTS "${table}"`)
    await client.end()
  }
})

const errors: unknown[] = []
/** Two independent instances on one store: two server processes. */
async function twoProcesses(options: RateLimitOptions): Promise<[RateLimits, RateLimits]> {
  const namespace = `test-${crypto.randomBytes(6).toString('hex')}`
  const make = () => {
    const limits = createRateLimits({
      ...options,
      namespace,
      onStoreError: (e) => errors.push(e),
    })
    open.push(limits)
    return limits
  }
  const pair: [RateLimits, RateLimits] = [make(), make()]
  await Promise.all(pair.map((limits) => limits.ready()))
  return pair
}

async function refusal(promise: Promise<void>): Promise<RateLimitedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(RateLimitedError)
  return error as RateLimitedError
}

const stores: Array<[string, boolean, () => RateLimitOptions]> = [
  ['memory', true, () => ({})],
  ['redis', haveRedis, () => ({ redisUrl: REDIS_URL })],
  [
    'postgres',
    havePostgres,
    () => {
      const tableName = `rate_limits_test_${crypto.randomBytes(4).toString('hex')}`
      tables.push(tableName)
      return { databaseUrl: PG_URL, tableName }
    },
  ],
]

describe.each(stores)('%s store', (kind, available, options) => {
  it.skipIf(!available)(
    'refuses the N+1th request in a window, with the time to wait',
    async () => {
      const [limits] = await twoProcesses(options())
      expect(limits.kind).toBe(kind)
      const otp = limits.limiter('otp', { points: 3, durationSeconds: 60 })
      for (let i = 0; i < 3; i++) await otp.consume('198.51.100.7')
      const refused = await refusal(otp.consume('198.51.100.7'))
      expect(refused.code).toBe('RES-SER-905')
      expect(refused.status).toBe(429)
      expect(refused.retryAfterSeconds).toBeGreaterThan(0)
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
      // Another client and another limiter have budgets of their own.
      await otp.consume('198.51.100.8')
      await limits.limiter('status', { points: 1, durationSeconds: 60 }).consume('198.51.100.7')
      expect(errors).toEqual([])
    },
  )

  it.skipIf(!available || kind === 'memory')(
    'shares budgets between two processes on the same store',
    async () => {
      const [a, b] = await twoProcesses(options())
      const inA = a.limiter('otp', { points: 4, durationSeconds: 60 })
      const inB = b.limiter('otp', { points: 4, durationSeconds: 60 })
      await inA.consume('203.0.113.9')
      await inB.consume('203.0.113.9')
      await inA.consume('203.0.113.9')
      await inB.consume('203.0.113.9')
      await refusal(inA.consume('203.0.113.9'))
      await refusal(inB.consume('203.0.113.9'))
      expect(errors).toEqual([])
    },
  )

  it.skipIf(!available)('replay guard: a key is new once, also across processes', async () => {
    const [a, b] = await twoProcesses(options())
    const guardA = a.replayGuard()
    const guardB = kind === 'memory' ? guardA : b.replayGuard()
    expect(await guardA.firstUse('sig-1', 30)).toBe(true)
    expect(await guardB.firstUse('sig-1', 30)).toBe(false)
    expect(await guardA.firstUse('sig-1', 30)).toBe(false)
    expect(await guardB.firstUse('sig-2', 30)).toBe(true)
    expect(errors).toEqual([])
  })
})

describe('memory store', () => {
  it('forgets a replayed key after its time to live', async () => {
    const limits = createRateLimits()
    const guard = limits.replayGuard()
    expect(await guard.firstUse('k', 1)).toBe(true)
    expect(await guard.firstUse('k', 1)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await guard.firstUse('k', 1)).toBe(true)
  })
})

describe('a store that is down', () => {
  it('falls back to a per-process budget and reports the failure', async () => {
    const failures: unknown[] = []
    const limits = createRateLimits({
      redisUrl: 'redis://127.0.0.1:1',
      onStoreError: (e) => failures.push(e),
    })
    open.push(limits)
    const limiter = limits.limiter('otp', { points: 2, durationSeconds: 60 })
    await limiter.consume('a')
    await limiter.consume('a')
    await refusal(limiter.consume('a'))
    const guard = limits.replayGuard()
    expect(await guard.firstUse('x', 60)).toBe(true)
    expect(await guard.firstUse('x', 60)).toBe(false)
    await vi.waitFor(() => expect(failures.length).toBeGreaterThan(0))
  })
})

describe('clientKey', () => {
  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
    expect(clientKey('::1')).toBe('0:0:0:0::/64')
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'))
  })
})

describe('perIp', () => {
  async function app(trustProxy: boolean) {
    const limits = createRateLimits()
    const server = Fastify({ trustProxy })
    registerErrorHandling(server)
    server.get(
      '/resident/v1/limited',
      { onRequest: perIp(limits.limiter('test', { points: 2, durationSeconds: 600 })) },
      async () => ({ fine: true }),
    )
    await server.ready()
    return server
  }
  const from = (forwardedFor: string, remoteAddress = '192.0.2.10') => ({
    url: '/resident/v1/limited',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
  })

  it('answers 429 with Retry-After and the MOSIP error once the budget is spent', async () => {
    const server = await app(false)
    expect((await server.inject(from('1.1.1.1'))).statusCode).toBe(200)
    expect((await server.inject(from('1.1.1.1'))).statusCode).toBe(200)
    const refused = await server.inject(from('1.1.1.1'))
    expect(refused.statusCode).toBe(429)
    const seconds = Number(refused.headers['retry-after'])
    expect(seconds).toBeGreaterThan(590)
    expect(seconds).toBeLessThanOrEqual(600)
    expect(refused.json().errors).toEqual([
      { errorCode: 'RES-SER-905', message: 'Too many requests, please wait and try again' },
    ])
    await server.close()
  })

  it('ignores a spoofed X-Forwarded-For unless the proxy is trusted', async () => {
    const direct = await app(false)
    const statuses = []
    for (const spoof of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      statuses.push((await direct.inject(from(spoof))).statusCode)
    }
    expect(statuses).toEqual([200, 200, 429])
    await direct.close()

    // Behind a trusted proxy the forwarded address is the client: each has its own budget.
    const proxied = await app(true)
    const proxiedStatuses = []
    for (const client of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      proxiedStatuses.push((await proxied.inject(from(client))).statusCode)
    }
    expect(proxiedStatuses).toEqual([200, 200, 200])
    await proxied.close()
  })
})
