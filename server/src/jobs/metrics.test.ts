import { Registry } from 'prom-client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type JobTestDatabase, openJobTestDatabase } from '../../test/jobs/database.ts'
import { clearJobs, fakeClock, memoryLog, TEST_KEY } from '../../test/jobs/fixtures.ts'
import { createJobRunner } from './worker.ts'

let database: JobTestDatabase
beforeAll(async () => {
  database = await openJobTestDatabase()
})
afterAll(() => database?.close())
beforeEach(() => clearJobs(database.db))

describe('the queue depth on /metrics', () => {
  it('shows what each kind has pending, and 0 once that kind has drained', async () => {
    const registry = new Registry()
    const { queue, runOnce } = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      now: fakeClock().now,
      registry,
      handlers: { mail: async () => {}, sms: async () => {} },
    })
    for (const key of ['mail:1', 'mail:2']) {
      await queue.enqueue(database.db, { kind: 'mail', key, payload: 1 })
    }
    await queue.enqueue(database.db, { kind: 'sms', key: 'sms:1', payload: 1 })

    const before = await registry.metrics()
    expect(before).toContain('resident_jobs_pending{kind="mail"} 2')
    expect(before).toContain('resident_jobs_pending{kind="sms"} 1')
    expect(before).toContain('resident_jobs_queue_depth{state="queued"} 3')

    expect(await runOnce()).toBe(3)
    const after = await registry.metrics()
    expect(after).toContain('resident_jobs_pending{kind="mail"} 0')
    expect(after).toContain('resident_jobs_pending{kind="sms"} 0')
    expect(after).toContain('resident_jobs_queue_depth{state="queued"} 0')
  })

  it('still answers the scrape when the database does not', async () => {
    const registry = new Registry()
    const log = memoryLog()
    createJobRunner({
      // Every query fails, as when the database is down.
      db: database.db.withPlugin({
        transformQuery: () => {
          throw new Error('database down')
        },
        transformResult: async ({ result }) => result,
      }),
      key: TEST_KEY,
      log,
      now: fakeClock().now,
      registry,
      handlers: {},
    })
    const text = await registry.metrics()
    expect(text).toContain('resident_jobs_pending')
    expect(log.lines.some((l) => l.msg === 'job metrics failed')).toBe(true)
  })
})
