import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cloneTemplate } from '../../../../test/database-template.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { DB } from '../../../db/schema.ts'
import type { AuditPort } from '../../audit.ts'
import { embeddedTables } from '../tables.ts'
import { createEmbeddedAudit } from './store.ts'

let handle: DatabaseHandle
let audit: AuditPort
const failures: unknown[] = []

beforeAll(async () => {
  handle = await cloneTemplate(inject('dbTemplate'))
  audit = createEmbeddedAudit(embeddedTables(handle.db), { onError: (e) => failures.push(e) })
})
afterAll(() => handle?.close())

const rows = () => handle.db.selectFrom('aud_event').selectAll().orderBy('id').execute()

describe('embedded audit', () => {
  it('writes one row per record', async () => {
    const before = (await rows()).length
    await audit.record({
      action: 'OTP_SEND',
      result: 'FAILURE',
      idHash: 'ab'.repeat(32),
      errorCode: 'RES-SER-510',
      eventId: '1234567890123456',
      clientIp: '192.0.2.4',
      detail: { channel: 'EMAIL' },
    })
    await audit.record({ action: 'UI_EVENT', result: 'SUCCESS', idHash: null, clientIp: null })
    const all = await rows()
    expect(all.length).toBe(before + 2)
    const [sent, ui] = all.slice(-2)
    expect(sent).toMatchObject({
      action: 'OTP_SEND',
      result: 'FAILURE',
      id_hash: 'ab'.repeat(32),
      error_code: 'RES-SER-510',
      event_id: '1234567890123456',
      client_ip: '192.0.2.4',
      client_reported: false,
      detail: { channel: 'EMAIL' },
    })
    expect(Math.abs((sent?.at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000)
    expect(ui).toMatchObject({ id_hash: null, error_code: null, event_id: null, detail: {} })
    expect(Number(ui?.id)).toBeGreaterThan(Number(sent?.id))
    expect(failures).toEqual([])
  })

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    await audit.record({ action: 'LOGIN', result: 'SUCCESS', idHash: 'cd', clientIp: null })
    const before = await rows()
    const attempts = [
      sql`UPDATE aud_event SET result = 'FAILURE'`,
      sql`UPDATE aud_event SET id_hash = NULL WHERE id_hash = 'cd'`,
      sql`DELETE FROM aud_event WHERE id_hash = 'cd'`,
      sql`DELETE FROM aud_event`,
      sql`TRUNCATE aud_event`,
    ]
    for (const statement of attempts) {
      await expect(statement.execute(handle.db)).rejects.toThrow(/append-only/)
    }
    expect(await rows()).toEqual(before)
  })

  it('bounds the detail: 12 keys, short keys and values, no controls or bidi overrides', async () => {
    const detail: Record<string, string> = {
      ['k'.repeat(60)]: 'v'.repeat(500),
      bidi: 'abc\u202Edcba\u2066x\u2069\u200F',
      controls: 'line\nbreak\u0000nul\u0007bell\u009Fc1',
      lone: 'a\uD800b',
      emoji: `${'x'.repeat(199)}😀tail`,
      '': 'empty key',
    }
    for (let i = 0; i < 20; i++) detail[`extra${i}`] = String(i)
    await audit.record({
      action: 'UI\u0000_EVENT\u202E',
      result: 'SUCCESS',
      idHash: null,
      clientIp: '10.0.0.1\n',
      detail,
    })
    const row = (await rows()).at(-1)
    expect(row?.action).toBe('UI_EVENT')
    expect(row?.client_ip).toBe('10.0.0.1')
    const stored = row?.detail ?? {}
    expect(Object.keys(stored)).toHaveLength(12)
    expect(stored['k'.repeat(40)]).toBe('v'.repeat(200))
    expect(stored.bidi).toBe('abcdcbax')
    expect(stored.controls).toBe('linebreaknulbellc1')
    expect(stored.lone).toBe('a\uFFFDb')
    // Cut at 200 code points: the emoji (two UTF-16 units) is the 200th and stays whole.
    expect(stored.emoji).toBe(`${'x'.repeat(199)}😀`)
    expect(stored['']).toBeUndefined()
    expect(stored.extra6).toBe('6')
    expect(stored.extra7).toBeUndefined()
    expect(failures).toEqual([])
  })

  it('never throws to the caller when the write fails, and reports it', async () => {
    // A database nobody answers at.
    const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1:1/none' })
    const unreachable = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
    const seen: unknown[] = []
    const broken = createEmbeddedAudit(embeddedTables(unreachable), {
      onError: (e) => seen.push(e),
    })
    await expect(
      broken.record({ action: 'OTP_SEND', result: 'SUCCESS', idHash: null, clientIp: null }),
    ).resolves.toBeUndefined()
    expect(seen).toHaveLength(1)
    await unreachable.destroy()
  })
})
