import type { Kysely } from 'kysely'
import type { Config } from '../config.ts'
import { hashId } from '../platform/keys.ts'
import { queueNotification } from '../platform/notification-outbox.ts'
import type { NotificationRequest } from '../platform/notifier.ts'
import type { Outbox } from '../platform/outbox.ts'
import type { Ports } from '../platform/ports.ts'
import { createEventStore, type EventStore } from './events/store.ts'
import { createOtpService, type OtpService } from './otp/otp-service.ts'
import type { ResidentTables } from './tables.ts'

/** What one transaction of the resident layer can write. */
export interface ResidentUnit {
  events: EventStore
  /**
   * Queues a notification to the resident in this transaction: it goes out after commit (one
   * message per channel, retried until delivered), never if the transaction rolls back.
   * `key` names the cause (e.g. the event id), so queuing it twice sends it once.
   */
  notify(request: NotificationRequest, key: string): Promise<void>
}

/** The resident layer every feature shares: events, OTP flow, identity hashes, transactions. */
export interface ResidentLayer {
  events: EventStore
  otp: OtpService
  /** The salted hash residents' records are keyed by (MOSIP's token id). */
  tokenOf(uin: string): string
  /** Runs `work` in one transaction; workers are told about queued messages after commit. */
  transaction<T>(work: (unit: ResidentUnit) => Promise<T>): Promise<T>
}

export interface ResidentLayerDeps {
  db: Kysely<ResidentTables>
  ports: Ports
  config: Config
  outbox: Outbox
}

export function createResidentLayer({
  db,
  ports,
  config,
  outbox,
}: ResidentLayerDeps): ResidentLayer {
  const events = createEventStore(db)
  const tokenOf = (uin: string) => hashId(ports.keys, uin)
  const layer: ResidentLayer = {
    events,
    otp: createOtpService({ ...ports, events, config, tokenOf }),
    tokenOf,
    async transaction(work) {
      let queued = false
      const result = await db.transaction().execute((trx) =>
        work({
          events: createEventStore(trx),
          async notify(request, key) {
            await queueNotification(outbox, trx, request, { key })
            queued = true
          },
        }),
      )
      if (queued) outbox.wake()
      return result
    },
  }
  return layer
}
