/**
 * A job worker in its own process, for the crash test (`server/src/jobs/postgres.test.ts`):
 * `node worker-child.ts <database url> <lease ms>`. Its handler has an idempotent effect (one
 * `job_effect` row per job key) and counts every execution in `job_exec`. SIGTERM stops it cleanly;
 * the test SIGKILLs it mid-run.
 */
import { sql } from 'kysely'
import { createJobRunner } from '../../src/jobs/worker.ts'
import { openPool } from './database.ts'
import { sleep, TEST_KEY } from './fixtures.ts'

const [url, leaseMs] = process.argv.slice(2)
if (!url || !leaseMs) throw new Error('usage: worker-child.ts <database url> <lease ms>')
const { db, close } = openPool(url, 6)
const log = (obj: object, msg: string) =>
  process.stderr.write(`${JSON.stringify({ ...obj, msg })}\n`)
const runner = createJobRunner({
  db,
  key: TEST_KEY,
  log: { warn: log, error: log },
  pollMs: 50,
  leaseMs: Number(leaseMs),
  concurrency: 4,
  handlers: {
    effect: async (_payload, ctx) => {
      await sleep(5 + Math.random() * 15)
      await sql`INSERT INTO job_exec (job_key) VALUES (${ctx.key})`.execute(db)
      await sql`INSERT INTO job_effect (job_key) VALUES (${ctx.key}) ON CONFLICT DO NOTHING`.execute(
        db,
      )
    },
  },
})
runner.start()
// The runner's timers are unref'd; this keeps the process up until told to stop.
const keepAlive = setInterval(() => {}, 60_000)
process.once('SIGTERM', () => {
  runner
    .stop()
    .then(() => close())
    .finally(() => clearInterval(keepAlive))
})
