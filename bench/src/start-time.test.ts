import { describe, expect, it } from 'vitest'
import { serverStartupMs } from './start-time.ts'

describe('serverStartupMs', () => {
  it("reads the server's startupMs from its JSON log", () => {
    const log =
      '{"level":30,"msg":"Server listening"}\n' +
      '{"level":30,"mode":"demo","database":"pglite","startupMs":3977,"msg":"Resident Services ready"}\n'
    expect(serverStartupMs(log)).toBe(3977)
    expect(serverStartupMs('nothing here')).toBeUndefined()
  })
})
