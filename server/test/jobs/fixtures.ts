import { type Kysely, sql } from 'kysely'
import type { JobLog } from '../../src/jobs/run-job.ts'
import type { JobTables } from '../../src/jobs/tables.ts'

/** The payload key the tests seal with. */
export const TEST_KEY = Buffer.alloc(32, 7)

/** A log that keeps its lines, to assert what an operator would read. */
export function memoryLog(): JobLog & { lines: { level: string; obj: object; msg: string }[] } {
  const lines: { level: string; obj: object; msg: string }[] = []
  return {
    lines,
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  }
}

/** A clock that moves only when told. */
export function fakeClock(start = Date.parse('2030-01-01T00:00:00Z')) {
  let t = start
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms
    },
    set(at: Date) {
      t = at.getTime()
    },
  }
}

/** A job row as stored, with the payload as raw jsonb text. */
export async function jobRow(db: Kysely<JobTables>, key: string) {
  const result = await sql<{
    id: string
    state: string
    attempts: number
    payload: string | null
    last_error: string | null
    run_after: Date
    done_at: Date | null
  }>`SELECT id::text AS id, state, attempts, payload::text AS payload, last_error, run_after, done_at
    FROM resident_job WHERE idempotency_key = ${key}`.execute(db)
  return result.rows[0]
}

export async function clearJobs(db: Kysely<JobTables>): Promise<void> {
  await sql`TRUNCATE resident_job`.execute(db)
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves when `check` holds, polling; rejects after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`)
    await sleep(20)
  }
}
