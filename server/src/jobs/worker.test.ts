import { sql } from 'kysely'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type JobTestDatabase, openJobTestDatabase } from '../../test/jobs/database.ts'
import { clearJobs, fakeClock, jobRow, memoryLog, TEST_KEY } from '../../test/jobs/fixtures.ts'
import { claimJobs } from './store.ts'
import { createJobRunner } from './worker.ts'

let database: JobTestDatabase
beforeAll(async () => {
  database = await openJobTestDatabase()
})
afterAll(() => database?.close())
beforeEach(() => clearJobs(database.db))

class SmsGatewayDown extends Error {
  override name = 'SmsGatewayDown'
}

describe('a failing job', () => {
  it('backs off with jitter, then ends dead with its error class and no payload', async () => {
    const clock = fakeClock()
    const log = memoryLog()
    const registry = new Registry()
    const randoms = [0, 0.999, 0.5]
    let succeed = false
    let calls = 0
    const { queue, runOnce, stats } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log,
      now: clock.now,
      registry,
      backoff: { baseMs: 1000, capMs: 3000, random: () => randoms.shift() ?? 0 },
      handlers: {
        sms: async () => {
          calls++
          if (!succeed) throw new SmsGatewayDown('gateway refused +94 77 123 4567')
        },
      },
    })
    await queue.enqueue(database.db, {
      kind: 'sms',
      key: 'sms:1',
      payload: { to: '+94771234567', text: 'PAYLOAD-MARKER' },
      maxAttempts: 4,
    })
    // Delay after attempt n: base·2^(n−1) capped at 3 s, then between half and all of it.
    const expected = [500, 2000 - 1, 1500 + 750]
    for (const [i, delay] of expected.entries()) {
      const started = clock.now().getTime()
      expect(await runOnce()).toBe(1)
      const row = await jobRow(database.db, 'sms:1')
      expect(row).toMatchObject({ state: 'queued', attempts: i + 1, last_error: 'SmsGatewayDown' })
      expect((row?.run_after.getTime() ?? 0) - started).toBeCloseTo(delay, -1)
      // Not due a millisecond early.
      clock.advance(delay - 2)
      expect(await runOnce()).toBe(0)
      clock.advance(2)
    }
    expect(await runOnce()).toBe(1)
    expect(calls).toBe(4)
    const dead = await jobRow(database.db, 'sms:1')
    expect(dead).toMatchObject({
      state: 'dead',
      attempts: 4,
      payload: null,
      last_error: 'SmsGatewayDown',
    })
    // Every refused attempt is a warning (a gateway refusing everything shows at once), the death
    // an error; each line holds the kind, id, attempt and error class only.
    const line = (attempts: number, msg: string, level = 'warn') => ({
      level,
      obj: { kind: 'sms', jobId: dead?.id, attempts, error: 'SmsGatewayDown' },
      msg,
    })
    expect(log.lines).toEqual([
      line(1, 'job failed, will retry'),
      line(2, 'job failed, will retry'),
      line(3, 'job failed, will retry'),
      line(4, 'job dead', 'error'),
    ])
    expect(JSON.stringify(log.lines)).not.toMatch(/MARKER|\+94|gateway/)
    expect(await stats()).toEqual({ queued: 0, running: 0, dead: 1 })
    const metrics = await registry.metrics()
    expect(metrics).toContain('resident_jobs_dead_total{kind="sms"} 1')
    expect(metrics).toContain('resident_jobs_completed_total{kind="sms",outcome="dead"} 1')
    expect(metrics).toContain('resident_jobs_queue_depth{state="dead"} 1')

    // A dead job stays dead: fixing the handler later does not run it.
    succeed = true
    clock.advance(24 * 3600_000)
    expect(await runOnce()).toBe(0)
    expect(calls).toBe(4)
    expect((await jobRow(database.db, 'sms:1'))?.state).toBe('dead')
  })

  it('fails a job of a kind with no handler as UnknownJobKind', async () => {
    const clock = fakeClock()
    const log = memoryLog()
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log,
      now: clock.now,
      handlers: {},
    })
    await queue.enqueue(database.db, { kind: 'toString', key: 'k:1', payload: 1, maxAttempts: 1 })
    expect(await runOnce()).toBe(1)
    expect(await jobRow(database.db, 'k:1')).toMatchObject({
      state: 'dead',
      last_error: 'UnknownJobKind',
    })
  })

  it('ends dead (LeaseExpired) when its worker died during the last attempt', async () => {
    const clock = fakeClock()
    let calls = 0
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      leaseMs: 10_000,
      handlers: { crash: async () => void calls++ },
    })
    await queue.enqueue(database.db, { kind: 'crash', key: 'crash:1', payload: 1, maxAttempts: 1 })
    const at = clock.now()
    await claimJobs(database.db, at, new Date(at.getTime() + 10_000), 1)
    clock.advance(10_001)
    expect(await runOnce()).toBe(1)
    expect(calls).toBe(0)
    expect(await jobRow(database.db, 'crash:1')).toMatchObject({
      state: 'dead',
      attempts: 2,
      last_error: 'LeaseExpired',
    })
  })
})

describe('a sealed job', () => {
  it('keeps the payload encrypted at rest, hands the handler the original, then drops it', async () => {
    const clock = fakeClock()
    const received: unknown[] = []
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      handlers: { otp: async (payload) => void received.push(payload) },
    })
    const payload = { to: 'ana@example.org', otp: '123456' }
    await queue.enqueue(database.db, { kind: 'otp', key: 'otp:1', payload, sealed: true })
    const stored = await jobRow(database.db, 'otp:1')
    // Stored sealed: AES-GCM's fields, not the payload's.
    expect(stored?.payload).toMatch(/"iv"/)
    expect(stored?.payload).not.toContain('123456')
    expect(stored?.payload).not.toContain('ana@')
    expect(await runOnce()).toBe(1)
    expect(received).toEqual([payload])
    expect((await jobRow(database.db, 'otp:1'))?.payload).toBeNull()
  })

  it('does not open under another key, nor when moved onto another job', async () => {
    const clock = fakeClock()
    const opened: unknown[] = []
    const handlers = { otp: async (payload: unknown) => void opened.push(payload) }
    const options = { db: database.db, log: memoryLog(), now: clock.now, handlers }
    const { queue } = createJobRunner({ ...options, key: TEST_KEY })
    const spec = { kind: 'otp', payload: { otp: '654321' }, sealed: true, maxAttempts: 1 }
    await queue.enqueue(database.db, { ...spec, key: 'otp:a' })
    await createJobRunner({ ...options, key: Buffer.alloc(32, 9) }).runOnce()
    expect(await jobRow(database.db, 'otp:a')).toMatchObject({
      state: 'dead',
      payload: null,
      last_error: 'SealedPayloadInvalid',
    })
    expect(opened).toEqual([])

    await queue.enqueue(database.db, { ...spec, key: 'otp:b' })
    await queue.enqueue(database.db, { ...spec, key: 'otp:c', payload: { otp: '111111' } })
    await sql`UPDATE resident_job SET payload = (
      SELECT payload FROM resident_job WHERE idempotency_key = 'otp:b')
      WHERE idempotency_key = 'otp:c'`.execute(database.db)
    await createJobRunner({ ...options, key: TEST_KEY }).runOnce()
    expect((await jobRow(database.db, 'otp:b'))?.state).toBe('done')
    expect(await jobRow(database.db, 'otp:c')).toMatchObject({
      state: 'dead',
      last_error: 'SealedPayloadInvalid',
    })
    expect(opened).toEqual([{ otp: '654321' }])
  })
})

describe('an expired job', () => {
  it('never runs and ends expired', async () => {
    const clock = fakeClock()
    const registry = new Registry()
    let calls = 0
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      registry,
      handlers: { otp: async () => void calls++ },
    })
    const expiresAt = new Date(clock.now().getTime() + 180_000)
    await queue.enqueue(database.db, {
      kind: 'otp',
      key: 'otp:x',
      payload: { otp: '1' },
      expiresAt,
    })
    clock.advance(180_000)
    expect(await runOnce()).toBe(1)
    expect(calls).toBe(0)
    expect(await jobRow(database.db, 'otp:x')).toMatchObject({ state: 'expired', payload: null })
    expect(await registry.metrics()).toContain(
      'resident_jobs_completed_total{kind="otp",outcome="expired"} 1',
    )
  })

  it('is not retried past its deadline: the retry comes back at it and expires', async () => {
    const clock = fakeClock()
    let calls = 0
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      backoff: { baseMs: 600_000, random: () => 1 },
      handlers: {
        otp: async () => {
          calls++
          throw new SmsGatewayDown()
        },
      },
    })
    const expiresAt = new Date(clock.now().getTime() + 60_000)
    await queue.enqueue(database.db, { kind: 'otp', key: 'otp:y', payload: 1, expiresAt })
    expect(await runOnce()).toBe(1)
    expect((await jobRow(database.db, 'otp:y'))?.run_after).toEqual(expiresAt)
    clock.set(expiresAt)
    expect(await runOnce()).toBe(1)
    expect(calls).toBe(1)
    expect((await jobRow(database.db, 'otp:y'))?.state).toBe('expired')
  })
})
