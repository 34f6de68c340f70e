import crypto from 'node:crypto'
import net from 'node:net'
import { Redis } from 'ioredis'
import pg from 'pg'
import type { RateLimiterMemory } from 'rate-limiter-flexible'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createRateLimits, RateLimitedError, type RateLimits, rateLimitsOn } from './rate-limit.ts'

/**
 * How the stores behave when they fail, answer slowly or shut down: a budget store must never
 * hold a resident's request hostage, crash the process, or leave connections behind.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const tag = () => `rl-${crypto.randomBytes(4).toString('hex')}`
const open: RateLimits[] = []
const tables: string[] = []
afterAll(async () => {
  await Promise.all(open.map((limits) => limits.close()))
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  for (const table of tables) await client.query(`DROP TABLE IF EXISTS "${table}"`)
  await client.end()
})

function track(limits: RateLimits): RateLimits {
  open.push(limits)
  return limits
}

describe('a store failing past its memory fallback', () => {
  it('lets the request through and reports the failure, never a 429 or a crash', async () => {
    const failure = new Error('store and fallback down')
    const broken = {
      consume: () => Promise.reject(failure),
    } as unknown as RateLimiterMemory
    const reported: unknown[] = []
    const limits = rateLimitsOn(
      {
        kind: 'memory',
        make: () => broken,
        prepared: async () => {},
        ready: async () => {},
        close: async () => {},
      },
      'test',
      (error) => reported.push(error),
    )
    await expect(
      limits.limiter('otp', { points: 1, durationSeconds: 60 }).consume('a'),
    ).resolves.toBeUndefined()
    expect(reported).toEqual([failure])
    // A replay guard cannot vouch for a first use it could not record.
    expect(await limits.replayGuard().firstUse('sig', 30)).toBe(false)
    expect(reported).toEqual([failure, failure])
  })
})

describe('Redis store', () => {
  it('is ready again when asked again once connected', async () => {
    const limits = track(createRateLimits({ redisUrl: REDIS_URL }))
    await limits.ready()
    await expect(limits.ready()).resolves.toBeUndefined()
  })

  it('says it is not ready when Redis cannot be reached', async () => {
    const limits = track(createRateLimits({ redisUrl: 'redis://127.0.0.1:1' }))
    await expect(limits.ready()).rejects.toThrow(/ECONNREFUSED/)
  })

  it('closes its connection on close', async () => {
    const name = tag()
    const limits = createRateLimits({ redisUrl: `${REDIS_URL}/?connectionName=${name}` })
    await limits.ready()
    const admin = new Redis(REDIS_URL)
    try {
      const clients = async () => String(await admin.client('LIST'))
      expect(await clients()).toContain(`name=${name}`)
      await limits.close()
      await vi.waitFor(async () => expect(await clients()).not.toContain(`name=${name}`))
    } finally {
      admin.disconnect()
    }
  })

  it('answers from the memory budget when Redis stops answering', async () => {
    // Connects and passes the ready check, then never answers a budget command (a script).
    const server = net.createServer((socket) => {
      socket.on('data', (data) => {
        for (const [, command] of String(data).matchAll(/\*\d+\r\n\$\d+\r\n(\w+)\r\n/g)) {
          const name = String(command).toLowerCase()
          if (name === 'info') socket.write('$11\r\nloading:0\r\n\r\n')
          else if (!name.startsWith('eval')) socket.write('+OK\r\n')
        }
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    const limits = track(createRateLimits({ redisUrl: `redis://127.0.0.1:${port}` }))
    try {
      await limits.ready()
      const limiter = limits.limiter('otp', { points: 1, durationSeconds: 60 })
      // Each command gives up after the command timeout; the fallback counts instead.
      await limiter.consume('198.51.100.1')
      await expect(limiter.consume('198.51.100.1')).rejects.toBeInstanceOf(RateLimitedError)
    } finally {
      server.close()
    }
  })
})

describe('PostgreSQL store', () => {
  async function connectionsOf(name: string): Promise<number> {
    const client = new pg.Client({ connectionString: PG_URL })
    await client.connect()
    try {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
        [name],
      )
      return rows[0].n as number
    } finally {
      await client.end()
    }
  }

  function postgresLimits(name: string, reported: unknown[] = []) {
    const tableName = `rate_limits_test_${crypto.randomBytes(4).toString('hex')}`
    tables.push(tableName)
    return createRateLimits({
      databaseUrl: `${PG_URL}?application_name=${name}`,
      tableName,
      onStoreError: (error) => reported.push(error),
    })
  }

  it('reports a connection the server ended while idle, instead of crashing', async () => {
    const name = tag()
    const reported: unknown[] = []
    const limits = track(postgresLimits(name, reported))
    await limits.ready()
    await limits.limiter('otp', { points: 5, durationSeconds: 60 }).consume('192.0.2.1')
    const admin = new pg.Client({ connectionString: PG_URL })
    await admin.connect()
    await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [name],
    )
    await admin.end()
    await vi.waitFor(() => expect(reported.length).toBeGreaterThan(0))
    // The next request gets a fresh connection and still counts.
    await limits.limiter('otp', { points: 5, durationSeconds: 60 }).consume('192.0.2.1')
  })

  it('closes its connections on close', async () => {
    const name = tag()
    const limits = postgresLimits(name)
    await limits.ready()
    await limits.limiter('otp', { points: 5, durationSeconds: 60 }).consume('192.0.2.2')
    expect(await connectionsOf(name)).toBeGreaterThan(0)
    await limits.close()
    await vi.waitFor(async () => expect(await connectionsOf(name)).toBe(0))
  })
})
