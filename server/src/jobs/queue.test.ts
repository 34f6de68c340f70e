import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type JobTestDatabase, openJobTestDatabase } from '../../test/jobs/database.ts'
import { clearJobs, fakeClock, jobRow, memoryLog, TEST_KEY } from '../../test/jobs/fixtures.ts'
import { createJobQueue } from './queue.ts'
import { createJobRunner } from './worker.ts'

let database: JobTestDatabase
beforeAll(async () => {
  database = await openJobTestDatabase()
})
afterAll(() => database?.close())
beforeEach(() => clearJobs(database.db))

function runner(ran: string[]) {
  const clock = fakeClock()
  return createJobRunner({
    db: database.db,
    key: TEST_KEY,
    log: memoryLog(),
    now: clock.now,
    handlers: {
      notify: async (payload) => {
        ran.push((payload as { to: string }).to)
      },
    },
  })
}

describe('enqueue', () => {
  it('leaves no job when the transaction rolls back', async () => {
    const ran: string[] = []
    const { queue, runOnce } = runner(ran)
    const rolledBack = database.db.transaction().execute(async (trx) => {
      await queue.enqueue(trx, { kind: 'notify', key: 'notify:rollback', payload: { to: 'a' } })
      throw new Error('request failed after enqueue')
    })
    await expect(rolledBack).rejects.toThrow('request failed after enqueue')
    expect(await jobRow(database.db, 'notify:rollback')).toBeUndefined()
    expect(await runOnce()).toBe(0)
    expect(ran).toEqual([])
  })

  it('runs a committed job exactly once, then drops its payload', async () => {
    const ran: string[] = []
    const { queue, runOnce, stats } = runner(ran)
    await database.db.transaction().execute(async (trx) => {
      await queue.enqueue(trx, { kind: 'notify', key: 'notify:1', payload: { to: 'b' } })
    })
    expect(await stats()).toEqual({ queued: 1, running: 0, dead: 0 })
    expect(await runOnce()).toBe(1)
    expect(await runOnce()).toBe(0)
    expect(ran).toEqual(['b'])
    const row = await jobRow(database.db, 'notify:1')
    expect(row).toMatchObject({ state: 'done', attempts: 1, payload: null, last_error: null })
    expect(row?.done_at).toBeInstanceOf(Date)
    expect(await stats()).toEqual({ queued: 0, running: 0, dead: 0 })
  })

  it('makes one job of a key enqueued twice; the second enqueue returns false', async () => {
    const ran: string[] = []
    const { queue, runOnce } = runner(ran)
    const spec = { kind: 'notify', key: 'notify:twice', payload: { to: 'first' } }
    expect(await queue.enqueue(database.db, spec)).toBe(true)
    const again = await database.db
      .transaction()
      .execute((trx) => queue.enqueue(trx, { ...spec, payload: { to: 'second' } }))
    expect(again).toBe(false)
    expect(await runOnce()).toBe(1)
    expect(ran).toEqual(['first'])
    // Even after it is done: a retried request must not send again.
    expect(await queue.enqueue(database.db, spec)).toBe(false)
    expect(await runOnce()).toBe(0)
  })

  it('waits for runAfter', async () => {
    const ran: string[] = []
    const clock = fakeClock()
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: clock.now,
      handlers: { notify: async () => void ran.push('x') },
    })
    const runAfter = new Date(clock.now().getTime() + 60_000)
    await queue.enqueue(database.db, { kind: 'notify', key: 'notify:later', payload: 1, runAfter })
    expect(await runOnce()).toBe(0)
    clock.advance(60_000)
    expect(await runOnce()).toBe(1)
  })

  it('rejects a bad spec or key at the call site', async () => {
    const queue = createJobQueue({ key: TEST_KEY })
    const bad = [
      { kind: '', key: 'k', payload: 1 },
      { kind: 'notify', key: '', payload: 1 },
      { kind: 'notify', key: 'k', payload: 1, maxAttempts: 0 },
    ]
    for (const spec of bad)
      await expect(queue.enqueue(database.db, spec)).rejects.toThrow(TypeError)
    expect(() => createJobQueue({ key: Buffer.alloc(16) })).toThrow(/32 bytes/)
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM resident_job`.execute(
      database.db,
    )
    expect(rows.rows[0]?.n).toBe(0)
  })
})
