import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type JobTestDatabase,
  openJobTestDatabase,
  openPool,
  TEST_DATABASE_URL,
} from '../../test/jobs/database.ts'
import { clearJobs, memoryLog, sleep, TEST_KEY, until } from '../../test/jobs/fixtures.ts'
import { createJobRunner } from './worker.ts'

// Several processes and pools on one database, and SIGKILL: PostgreSQL only (PGlite is one process).
describe.runIf(TEST_DATABASE_URL)('on PostgreSQL', () => {
  let database: JobTestDatabase
  beforeAll(async () => {
    database = await openJobTestDatabase()
    await sql`CREATE TABLE job_effect (job_key text PRIMARY KEY)`.execute(database.db)
    await sql`CREATE TABLE job_exec (job_key text NOT NULL)`.execute(database.db)
  })
  afterAll(() => database?.close())

  async function count(query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
    return (await query.execute(database.db)).rows[0]?.n ?? -1
  }
  const doneCount = () =>
    count(sql<{ n: number }>`SELECT count(*)::int AS n FROM resident_job WHERE state = 'done'`)

  it('runs each of 200 jobs exactly once with two runners on two pools', async () => {
    await clearJobs(database.db)
    const url = database.url ?? ''
    const pools = [openPool(url, 5), openPool(url, 5)]
    const runs = new Map<string, number>()
    const perRunner = [0, 0]
    const runners = pools.map((pool, i) =>
      createJobRunner({
        db: pool.db,
        key: TEST_KEY,
        log: memoryLog(),
        pollMs: 20,
        concurrency: 4,
        handlers: {
          count: async (_payload, ctx) => {
            runs.set(ctx.id, (runs.get(ctx.id) ?? 0) + 1)
            perRunner[i] = (perRunner[i] ?? 0) + 1
            await sleep(2 + Math.random() * 4)
          },
        },
      }),
    )
    const queue = runners[0]?.queue
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 200; i++) {
        await queue?.enqueue(trx, { kind: 'count', key: `count:${i}`, payload: i })
      }
    })
    for (const runner of runners) runner.start()
    try {
      await until(async () => (await doneCount()) === 200, 15_000)
    } finally {
      await Promise.all(runners.map((r) => r.stop()))
      await Promise.all(pools.map((p) => p.close()))
    }
    expect(runs.size).toBe(200)
    expect([...runs.values()].filter((n) => n !== 1)).toEqual([])
    expect(perRunner.every((n) => n > 0)).toBe(true)
  })

  it('finishes every job after a worker is SIGKILLed, re-running only those in flight', async () => {
    await clearJobs(database.db)
    const queue = createJobRunner({
      db: database.db,
      key: TEST_KEY,
      log: memoryLog(),
      handlers: {},
    }).queue
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 300; i++) {
        await queue.enqueue(trx, { kind: 'effect', key: `effect:${i}`, payload: i })
      }
    })
    const first = startChild(database.url ?? '')
    await until(async () => (await doneCount()) >= 50, 15_000)
    first.kill('SIGKILL')
    await once(first, 'exit')
    const inFlight = await count(
      sql<{ n: number }>`SELECT count(*)::int AS n FROM resident_job WHERE state = 'running'`,
    )
    const second = startChild(database.url ?? '')
    try {
      await until(async () => (await doneCount()) === 300, 20_000)
    } finally {
      second.kill('SIGTERM')
      await once(second, 'exit')
    }
    expect(second.exitCode).toBe(0)
    const states = await sql<{ state: string; n: number }>`
      SELECT state, count(*)::int AS n FROM resident_job GROUP BY state`.execute(database.db)
    expect(states.rows).toEqual([{ state: 'done', n: 300 }])
    expect(await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM job_effect`)).toBe(300)
    const executions = await count(sql<{ n: number }>`SELECT count(*)::int AS n FROM job_exec`)
    const twice = executions - 300
    console.info(`crash test: ${inFlight} jobs in flight at SIGKILL, ${twice} executed twice`)
    expect(inFlight).toBeLessThanOrEqual(4)
    expect(twice).toBeGreaterThanOrEqual(0)
    expect(twice).toBeLessThanOrEqual(inFlight)
  })
})

const childScript = fileURLToPath(new URL('../../test/jobs/worker-child.ts', import.meta.url))

function startChild(url: string): ChildProcess {
  const child = spawn(process.execPath, [childScript, url, '2000'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  return child
}
