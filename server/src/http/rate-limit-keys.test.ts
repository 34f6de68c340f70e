import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { clientKey, createRateLimits, type RateLimits } from './rate-limit.ts'

/**
 * Whose budget a request spends, and the names budgets are kept under: a wrong key lets one
 * client spend another's budget, or rotate addresses to get a fresh one.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const open: RateLimits[] = []
afterAll(async () => {
  await Promise.all(open.map((limits) => limits.close()))
})

describe('clientKey', () => {
  it('keys an IPv4-mapped address by its IPv4 address, whatever its octets', () => {
    expect(clientKey('::ffff:203.0.113.254')).toBe('203.0.113.254')
    expect(clientKey('::FFFF:10.200.30.40')).toBe('10.200.30.40')
    expect(clientKey('::ffff:198.51.100.7')).toBe(clientKey('198.51.100.7'))
  })

  it('does not take an address that merely contains a mapped one for it', () => {
    // Only an exact ::ffff:a.b.c.d is IPv4; anything around it is an IPv6 address by its /64.
    expect(clientKey('64:ff9b::ffff:192.0.2.33')).toBe('64:ff9b:0:0::/64')
    expect(clientKey('::ffff:192.0.2.33x')).toBe('::ffff:192.0.2.33x')
  })

  it('expands an IPv6 address with an embedded IPv4 tail before taking its /64', () => {
    expect(clientKey('2001:db8:aa:bb::192.0.2.33')).toBe('2001:db8:aa:bb::/64')
    // The tail is the low 64 bits: two hosts of one /64 share a budget.
    expect(clientKey('2001:db8:1:2:3:4:192.0.2.1')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:2:3:4:198.51.100.200')).toBe('2001:db8:1:2::/64')
    // Taken as one group, the tail would shift the groups after :: into the prefix.
    expect(clientKey('1:2::3:4:5:192.168.100.200')).toBe('1:2:0:3::/64')
    expect(clientKey('::192.0.2.1')).toBe('0:0:0:0::/64')
  })

  it('fills a :: in any place to eight groups', () => {
    expect(clientKey('2001:db8::')).toBe('2001:db8:0:0::/64')
    expect(clientKey('::2:3:4:5:6:7')).toBe('0:0:2:3::/64')
    expect(clientKey('1:2:3::8')).toBe('1:2:3:0::/64')
    expect(clientKey('1::3:4:5:6:7:8')).toBe('1:0:3:4::/64')
    expect(clientKey('fe80::%eth0')).toBe('fe80:0:0:0::/64')
    expect(clientKey('1:2:3:4:5:6:7:8')).toBe('1:2:3:4::/64')
  })

  it('keys an address with a zone by the address', () => {
    expect(clientKey('fe80::1:2%eth0')).toBe(clientKey('fe80::1:2'))
  })
})

describe('limiter names', () => {
  it('refuses a name or table that is not plain lower-case text', () => {
    const limits = createRateLimits()
    for (const bad of ['Otp', 'otp!', '!otp', 'otp ip', '1otp', 'a'.repeat(41), '']) {
      expect(() => limits.limiter(bad, { points: 1, durationSeconds: 1 }), bad).toThrow(
        /is not a-z0-9-/,
      )
    }
    expect(() => limits.limiter('otp-ip2', { points: 1, durationSeconds: 1 })).not.toThrow()
    for (const bad of ['Rates', 'rates;drop', 'x"y', '9rates', 'r'.repeat(64)]) {
      expect(
        () => createRateLimits({ databaseUrl: 'postgres://127.0.0.1:1/x', tableName: bad }),
        bad,
      ).toThrow(/is not a plain name/)
    }
  })

  it('keeps budgets under the "resident" namespace by default, in Redis as well', async () => {
    const limits = createRateLimits({ redisUrl: REDIS_URL })
    open.push(limits)
    await limits.ready()
    const name = `keys-test-${Date.now() % 1_000_000}`
    await limits.limiter(name, { points: 5, durationSeconds: 60 }).consume('192.0.2.9')
    await limits.replayGuard().firstUse(`${name}-signature`, 30)
    const redis = new Redis(REDIS_URL)
    try {
      expect(await redis.exists(`resident:${name}:192.0.2.9`)).toBe(1)
      expect(await redis.exists(`resident:replay:${name}-signature`)).toBe(1)
      const ttl = await redis.pttl(`resident:replay:${name}-signature`)
      expect(ttl).toBeGreaterThan(25_000)
      expect(ttl).toBeLessThanOrEqual(30_000)
      await redis.del(`resident:${name}:192.0.2.9`, `resident:replay:${name}-signature`)
    } finally {
      redis.disconnect()
    }
  })
})

describe('replay guard', () => {
  it('remembers a key at least one second, and as long as asked', async () => {
    const guard = createRateLimits().replayGuard()
    expect(await guard.firstUse('short', 0.2)).toBe(true)
    expect(await guard.firstUse('long', 5)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 400))
    // Not forgotten after 0.2 s: a time to live under a second counts as one.
    expect(await guard.firstUse('short', 0.2)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(await guard.firstUse('long', 5)).toBe(false)
  })
})
