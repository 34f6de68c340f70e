import { sql } from 'kysely'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type JobTestDatabase, openJobTestDatabase } from '../../test/jobs/database.ts'
import {
  clearJobs,
  fakeClock,
  jobRow,
  memoryLog,
  sleep,
  TEST_KEY,
  until,
} from '../../test/jobs/fixtures.ts'
import { claimJobs } from './store.ts'
import { createJobRunner } from './worker.ts'

let database: JobTestDatabase
beforeAll(async () => {
  database = await openJobTestDatabase()
})
afterAll(() => database?.close())
beforeEach(() => clearJobs(database.db))

function deferred() {
  let resolve = () => {}
  let reject: (error: Error) => void = () => {}
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('leases', () => {
  it('lets another runner take over a job whose worker died', async () => {
    const clock = fakeClock()
    const ran: number[] = []
    const runner = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      leaseMs: 30_000,
      handlers: { mail: async (_payload, ctx) => void ran.push(ctx.attempt) },
    })
    await runner.queue.enqueue(database.db, { kind: 'mail', key: 'mail:1', payload: 1 })
    // A worker claims the job, then dies: it never finishes nor renews.
    const at = clock.now()
    const claimed = await claimJobs(database.db, at, new Date(at.getTime() + 30_000), 10)
    expect(claimed).toHaveLength(1)
    expect(await runner.stats()).toEqual({ queued: 0, running: 1, dead: 0 })
    clock.advance(29_999)
    expect(await runner.runOnce()).toBe(0)
    clock.advance(2)
    expect(await runner.runOnce()).toBe(1)
    expect(ran).toEqual([2])
    expect(await jobRow(database.db, 'mail:1')).toMatchObject({ state: 'done', attempts: 2 })
  })

  it('ignores a late outcome from the worker that lost the job (fencing)', async () => {
    const clock = fakeClock()
    const slowA = deferred()
    const slowB = deferred()
    const logA = memoryLog()
    const registryA = new Registry()
    const options = { db: database.db, key: TEST_KEY, now: clock.now, leaseMs: 30_000 }
    const a = createJobRunner({
      ...options,
      log: logA,
      registry: registryA,
      handlers: { mail: () => slowA.promise },
    })
    const b = createJobRunner({
      ...options,
      log: memoryLog(),
      handlers: { mail: () => slowB.promise },
    })
    await a.queue.enqueue(database.db, { kind: 'mail', key: 'mail:2', payload: 1 })
    const aRun = a.runOnce()
    await until(async () => (await jobRow(database.db, 'mail:2'))?.state === 'running', 5000)
    // A's lease runs out while its handler hangs; B takes the job over and is still running it.
    clock.advance(31_000)
    const bRun = b.runOnce()
    await until(async () => (await jobRow(database.db, 'mail:2'))?.attempts === 2, 5000)
    // A wakes up and fails: its retry must not put B's job back in the queue.
    slowA.reject(new Error('late'))
    expect(await aRun).toBe(1)
    expect(await jobRow(database.db, 'mail:2')).toMatchObject({
      state: 'running',
      attempts: 2,
      last_error: null,
    })
    expect(logA.lines.map((l) => l.msg)).toEqual(['job lease lost'])
    slowB.resolve()
    expect(await bRun).toBe(1)
    expect(await jobRow(database.db, 'mail:2')).toMatchObject({ state: 'done', attempts: 2 })
    expect(await registryA.metrics()).not.toContain('outcome=')
  })

  it('renews the lease of a long handler, so nobody else takes it', async () => {
    const runs: number[] = []
    const options = { db: database.db, key: TEST_KEY, log: memoryLog(), leaseMs: 450 }
    const handlers = {
      slow: async (_payload: unknown, ctx: { attempt: number }) => {
        runs.push(ctx.attempt)
        await sleep(1200)
      },
    }
    const a = createJobRunner({ ...options, handlers })
    const b = createJobRunner({ ...options, handlers })
    await a.queue.enqueue(database.db, { kind: 'slow', key: 'slow:1', payload: 1 })
    const aRun = a.runOnce()
    let stolen = 0
    for (let i = 0; i < 12; i++) {
      await sleep(100)
      stolen += await b.runOnce()
    }
    expect(await aRun).toBe(1)
    expect(stolen).toBe(0)
    expect(runs).toEqual([1])
    expect(await jobRow(database.db, 'slow:1')).toMatchObject({ state: 'done', attempts: 1 })
  })

  it('aborts the handler when its lease is lost', async () => {
    const log = memoryLog()
    let reason: unknown
    const a = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log,
      leaseMs: 150,
      handlers: {
        wait: (_payload, ctx) =>
          new Promise((_resolve, reject) => {
            ctx.signal.addEventListener('abort', () => {
              reason = ctx.signal.reason
              reject(ctx.signal.reason)
            })
          }),
      },
    })
    await a.queue.enqueue(database.db, { kind: 'wait', key: 'wait:1', payload: 1 })
    const aRun = a.runOnce()
    await until(async () => (await jobRow(database.db, 'wait:1'))?.state === 'running', 5000)
    // Another worker's claim, as seen in the row.
    await sql`UPDATE resident_job SET attempts = attempts + 1`.execute(database.db)
    expect(await aRun).toBe(1)
    expect(reason).toMatchObject({ name: 'LeaseLost' })
    expect(log.lines.map((l) => l.msg)).toEqual(['job lease lost'])
    expect((await jobRow(database.db, 'wait:1'))?.state).toBe('running')
  })
})

describe('the polling loop', () => {
  it('runs a job at once when woken, up to `concurrency` at a time, and stops cleanly', async () => {
    let running = 0
    let most = 0
    const done: string[] = []
    const runner = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      pollMs: 60_000,
      concurrency: 2,
      handlers: {
        step: async (payload) => {
          running++
          most = Math.max(most, running)
          await sleep(40)
          running--
          done.push(String(payload))
        },
      },
    })
    runner.start()
    await sleep(50) // The first (empty) poll is over: from now on only wake() brings it back.
    const started = Date.now()
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 6; i++) {
        await runner.queue.enqueue(trx, { kind: 'step', key: `step:${i}`, payload: i })
      }
    })
    runner.queue.wake()
    await until(async () => done.length === 6, 5000)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(most).toBe(2)
    await runner.stop()
    expect(await runner.stats()).toEqual({ queued: 0, running: 0, dead: 0 })
  })

  it('waits in stop() for a running handler', async () => {
    const finished: string[] = []
    const runner = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      pollMs: 20,
      handlers: {
        slow: async () => {
          await sleep(300)
          finished.push('slow')
        },
      },
    })
    await runner.queue.enqueue(database.db, { kind: 'slow', key: 'slow:stop', payload: 1 })
    runner.start()
    await until(async () => (await jobRow(database.db, 'slow:stop'))?.state === 'running', 5000)
    await runner.stop()
    expect(finished).toEqual(['slow'])
    expect((await jobRow(database.db, 'slow:stop'))?.state).toBe('done')
  })

  it('gives up waiting after stopTimeoutMs and aborts the handler', async () => {
    const log = memoryLog()
    const runner = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log,
      pollMs: 20,
      stopTimeoutMs: 100,
      handlers: {
        stuck: (_payload, ctx) =>
          new Promise((_resolve, reject) => {
            ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))
          }),
      },
    })
    await runner.queue.enqueue(database.db, { kind: 'stuck', key: 'stuck:1', payload: 1 })
    runner.start()
    await until(async () => (await jobRow(database.db, 'stuck:1'))?.state === 'running', 5000)
    const started = Date.now()
    await runner.stop()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(log.lines[0]).toMatchObject({ msg: 'job runner stopped with handlers still running' })
    await until(async () => (await jobRow(database.db, 'stuck:1'))?.state === 'queued', 5000)
    expect((await jobRow(database.db, 'stuck:1'))?.last_error).toBe('WorkerStopping')
  })

  it('logs a database error by class and keeps polling', async () => {
    const log = memoryLog()
    const ran: number[] = []
    const runner = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log,
      pollMs: 30,
      handlers: { mail: async (payload) => void ran.push(Number(payload)) },
    })
    await runner.queue.enqueue(database.db, { kind: 'mail', key: 'mail:db', payload: 7 })
    await sql`ALTER TABLE resident_job RENAME TO resident_job_away`.execute(database.db)
    runner.start()
    await until(async () => log.lines.length >= 2, 5000)
    await sql`ALTER TABLE resident_job_away RENAME TO resident_job`.execute(database.db)
    await until(async () => ran.length === 1, 5000)
    await runner.stop()
    expect(log.lines[0]).toEqual({
      level: 'error',
      obj: { error: 'PG_42P01' },
      msg: 'job claim failed',
    })
    expect(ran).toEqual([7])
  })
})
