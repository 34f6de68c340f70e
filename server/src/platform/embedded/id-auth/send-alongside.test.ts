import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClock,
  createTestIdentity,
  createTestNotifier,
  nextTransactionId,
  openTestIdAuth,
} from '../../../../test/support/id-auth-ports.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { IdAuthPort } from '../../id-auth.ts'
import { createEmbeddedAudit } from '../audit/store.ts'
import { embeddedTables } from '../tables.ts'

// The caller's rows (its event, its audit entry) are written with the OTP or not at all: a
// resident's history never shows a send that did not happen, nor misses one that did.
let handle: DatabaseHandle
const people = createTestIdentity()
const notifier = createTestNotifier()
const clock = createClock()
let ida: IdAuthPort

beforeAll(async () => {
  ;({ handle, ida } = await openTestIdAuth({
    identity: people.port,
    notifier: notifier.port,
    now: clock.now,
  }))
})

afterAll(async () => {
  await handle?.close()
})

async function auditsOf(idHash: string): Promise<string[]> {
  const rows = await sql<{ result: string; detail: { channels?: string } }>`
    SELECT result, detail FROM aud_event WHERE id_hash = ${idHash} ORDER BY id`.execute(handle.db)
  return rows.rows.map((r) => `${r.result}:${r.detail.channels}`)
}

describe('sendOtp with rows alongside', () => {
  it('writes them with each OTP sent, naming the channels it went to, and never past the limit', async () => {
    const audit = createEmbeddedAudit(embeddedTables(handle.db))
    const { uin } = people.add({ phone: null })
    const idHash = `test-${uin}`
    const send = () =>
      ida.sendOtp({
        individualId: uin,
        transactionId: nextTransactionId(),
        channels: ['EMAIL', 'PHONE'],
        purpose: 'verify-contact',
        partnerId: 'resident',
        alongside: ({ sentTo }) => [
          audit.rowOf?.({
            action: 'OTP_SEND',
            result: 'SUCCESS',
            idHash,
            clientIp: '192.0.2.1',
            detail: { channels: sentTo.join(',') },
          }) ?? { table: 'aud_event', values: {} },
        ],
      })
    for (let i = 0; i < 10; i++) {
      const sent = await send()
      expect(sent).toMatchObject({ ok: true, sentTo: ['EMAIL'], wroteAlongside: true })
      // The message went out too: one per send.
      expect(notifier.sent).toHaveLength(i + 1)
    }
    expect(await send()).toMatchObject({ ok: false, error: { errorCode: 'IDA-OTA-001' } })
    expect(await auditsOf(idHash)).toEqual(Array(10).fill('SUCCESS:EMAIL'))
  })
})
