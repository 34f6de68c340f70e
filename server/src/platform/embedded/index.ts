import type { Config } from '../../config.ts'
import type { Database } from '../../db/database.ts'
import { createPostgresChangeFeed } from '../change-feed.ts'
import type { Keys } from '../keys.ts'
import { notificationHandler } from '../notification-outbox.ts'
import type { Outbox, OutboxHandler } from '../outbox.ts'
import type { Ports } from '../ports.ts'
import { createEmbeddedAudit } from './audit/store.ts'
import { seedDemoCountry } from './demo-country/seed.ts'
import { createEmbeddedIdAuth, OTP_MESSAGE_KIND } from './id-auth/service.ts'
import { createEmbeddedIdentity } from './identity/store.ts'
import { createEmbeddedMasterdata } from './masterdata/store.ts'
import { createEmbeddedNotifier } from './notifier/notifier.ts'
import { embeddedTables } from './tables.ts'

/** Seed of the demo country: fixed, so every laptop and every test sees the same country. */
export const DEMO_SEED = 20261127

/** The NOTIFY channel on which a masterdata change is announced to every server process. */
export const MASTERDATA_CHANNEL = 'resident_masterdata'

/** Seeds the demo country into an empty database; a database with masterdata is left alone. */
export async function ensureDemoData(database: Database, config: Config): Promise<boolean> {
  if (!config.demoSeed) return false
  const db = embeddedTables(database)
  const existing = await db.selectFrom('md_language').select('code').limit(1).executeTakeFirst()
  if (existing) return false
  await seedDemoCountry(db, { seed: DEMO_SEED, centres: config.demoCentres })
  return true
}

export interface EmbeddedOptions {
  config: Config
  keys: Keys
  /** Where the platform queues its own messages (the OTPs it sends), durably. */
  outbox: Outbox
  /** Where the platform reports delivery failures (never with a contact or a code in them). */
  log: { warn(obj: object, msg: string): void }
}

export interface EmbeddedPlatform {
  ports: Ports
  /** The outbox kinds the platform queues, with what runs them. */
  handlers: Record<string, OutboxHandler>
  close(): Promise<void>
}

/** The in-process ID platform over our own database. */
export function createEmbeddedPlatform(
  database: Database,
  { config, keys, outbox, log }: EmbeddedOptions,
): EmbeddedPlatform {
  const db = embeddedTables(database)
  const identity = createEmbeddedIdentity(db)
  const notifier = createEmbeddedNotifier(db, {
    smtpUrl: config.smtpUrl,
    mailFrom: config.mailFrom,
    smsGatewayUrl: config.smsGatewayUrl,
    devMailbox: config.devMailbox,
    publicUrl: config.publicUrl,
    log,
  })
  const masterdata = createEmbeddedMasterdata(db, {
    // Several processes share a PostgreSQL database: each hears the others' changes.
    ...(config.databaseUrl
      ? {
          changes: createPostgresChangeFeed({
            url: config.databaseUrl,
            channel: MASTERDATA_CHANNEL,
            log,
          }),
        }
      : {}),
  })
  return {
    ports: {
      keys,
      masterdata,
      identity,
      idAuth: createEmbeddedIdAuth(db, {
        identity,
        notifier,
        outbox,
        keys,
        otp: config.otp,
        abuse: config.otpAbuse,
      }),
      notifier,
      audit: createEmbeddedAudit(db, {
        onError: (err) => log.warn({ err }, 'audit write failed'),
      }),
    },
    handlers: { [OTP_MESSAGE_KIND]: notificationHandler(notifier) },
    close: async () => {
      await notifier.close()
      await masterdata.close?.()
    },
  }
}
