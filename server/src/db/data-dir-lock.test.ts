import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lockDataDir } from './data-dir-lock.ts'

const dirs: string[] = []
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lock-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('lockDataDir', () => {
  it('refuses a data folder that a running process holds, naming it', () => {
    const dir = tempDir()
    // The parent of this test process is alive for the whole test.
    fs.writeFileSync(path.join(dir, 'server.lock'), String(process.ppid))
    expect(() => lockDataDir(dir)).toThrow(/in use by another server \(pid \d+\)/)
  })

  it('takes over the lock of a process that died (e.g. killed with SIGKILL)', () => {
    const dir = tempDir()
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid
    fs.writeFileSync(path.join(dir, 'server.lock'), String(dead))
    const unlock = lockDataDir(dir)
    expect(fs.readFileSync(path.join(dir, 'server.lock'), 'utf8')).toBe(String(process.pid))
    unlock()
    expect(fs.existsSync(path.join(dir, 'server.lock'))).toBe(false)
  })
})
