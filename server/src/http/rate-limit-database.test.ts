import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { openEmptyDatabase } from '../../test/support/empty-database.ts'
import { generateKeys } from '../../test/support/keys.ts'
import { prepareDatabase } from '../bootstrap/database.ts'
import { createEmbeddedServer } from '../bootstrap/server.ts'
import { loadConfig } from '../config.ts'
import { openPGlite } from '../db/database.ts'
import { createRateLimits } from './rate-limit.ts'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rate-limit-db-'))
  dirs.push(dir)
  return path.join(dir, 'pglite')
}

describe('rate limits in the embedded database', () => {
  it('are chosen when there is neither Redis nor a PostgreSQL URL, and count in a table', async () => {
    // PGlite, or PostgreSQL in a TEST_DATABASE_URL run: the store works on the app's Kysely either way.
    const handle = await openEmptyDatabase()
    try {
      const errors: unknown[] = []
      const limits = createRateLimits({ db: handle.db, onStoreError: (e) => errors.push(e) })
      expect(limits.kind).toBe('database')
      const otp = limits.limiter('otp', { points: 2, durationSeconds: 60 })
      await otp.consume('198.51.100.7')
      await otp.consume('198.51.100.7')
      const refused = await otp.consume('198.51.100.7').catch((e: unknown) => e)
      expect(refused).toMatchObject({ code: 'RES-SER-905', status: 429 })
      expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0)
      await otp.consume('198.51.100.8')
      const guard = limits.replayGuard()
      expect(await guard.firstUse('sig', 30)).toBe(true)
      expect(await guard.firstUse('sig', 30)).toBe(false)
      // The store itself answered: no fallback to memory was needed.
      expect(errors).toEqual([])
      await limits.close()
    } finally {
      await handle.close()
    }
  })

  it('survive a restart of the app on the same data folder', async () => {
    const dir = tempDir()
    const config = loadConfig({ PORTAL_DIR: '/nonexistent', IP_LIMIT_REQUESTS: '2' })
    const keys = await generateKeys()
    const statuses: number[] = []
    // The first start loads the seeded test template into the folder (an initdb is slow on a
    // busy machine); PostgreSQL runs have no PGlite dump, so they start from an empty folder.
    const template = inject('dbTemplate')
    let first: Blob | undefined =
      template.kind === 'pglite' ? new Blob([fs.readFileSync(template.file)]) : undefined
    const ask = async () => {
      const handle = await openPGlite(dir, first)
      first = undefined
      await prepareDatabase(handle.db)
      const { app } = await createEmbeddedServer({ config, db: handle.db, keys, logStream: sink() })
      try {
        const res = await app.inject({
          url: `/resident/v1/aid-stage/${'9'.repeat(29)}`,
          remoteAddress: '192.0.2.77',
        })
        statuses.push(res.statusCode)
        if (res.statusCode === 429) expect(res.json().errors[0].errorCode).toBe('RES-SER-905')
      } finally {
        await app.close()
        await handle.close()
      }
    }
    // Each request in a fresh process's worth of server: budget 2, so the third is refused.
    await ask()
    await ask()
    await ask()
    expect(statuses).toEqual([200, 200, 429])
    // Three server starts: generous on a busy machine.
  }, 90_000)
})

/** The servers' logs are not the point here. */
const sink = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done()
    },
  })
