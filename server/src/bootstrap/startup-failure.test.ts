import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config.ts'
import { reportStartupFailure } from './startup-failure.ts'

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url))

describe('a refusal to start', () => {
  it('production without SMTP or SMS: exits 1 with one fatal log line naming the variables', () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'refusal-')), 'data')
    const child = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(child.status).toBe(1)
    const lines = child.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    const line = JSON.parse(lines[0] ?? '')
    // pino's fatal (60): a log collector files it with the errors, not as stray text.
    expect(line.level).toBe(60)
    expect(line.msg).toMatch(
      /^Configuration error: .*SMTP_URL.*SMS_GATEWAY_URL.*ALLOW_NO_OTP_TRANSPORT/,
    )
    expect(line.err).toBeUndefined()
    // Refused before touching anything.
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('adds the stack only when asked (LOG_LEVEL=debug)', () => {
    const lines: string[] = []
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    reportStartupFailure(new ConfigError('X needs Y'), { stream })
    reportStartupFailure(new Error('disk full'), { stream, withStack: true })
    const [plain, debug] = lines.map((l) => JSON.parse(l))
    expect(plain).toMatchObject({ level: 60, msg: 'Configuration error: X needs Y' })
    expect(plain.err).toBeUndefined()
    expect(debug).toMatchObject({ level: 60, msg: 'disk full', err: { message: 'disk full' } })
    expect(debug.err.stack).toContain('startup-failure.test.ts')
  })
})
