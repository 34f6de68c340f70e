import crypto from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import pg from 'pg'

/**
 * How a process learns that reference data (masterdata) changed, so that what it holds in
 * memory is dropped. The database stays the source of truth; this only says "ask it again".
 */
export interface ChangeFeed {
  /**
   * A value that moves on whenever the data may have changed, here or in another process;
   * undefined while changes elsewhere could go unnoticed (nothing may be cached then).
   */
  version(): string | undefined
  /** Inside the writing transaction: tells the other processes once it commits. */
  announce(trx: Kysely<unknown>): Promise<void>
  /** After the commit: this process moves on at once (not waiting for its own notification). */
  changed(): void
  close(): Promise<void>
}

/** One process owns the database (embedded PGlite, or a single server): its own writes suffice. */
export function createLocalChangeFeed(): ChangeFeed {
  let version = 0
  return {
    version: () => String(version),
    announce: async () => {},
    changed: () => {
      version++
    },
    close: async () => {},
  }
}

export interface PostgresChangeFeedOptions {
  url: string
  /** The NOTIFY channel, one per kind of data. */
  channel: string
  log: { warn(obj: object, msg: string): void }
  /** First wait before reconnecting; doubles up to `maxRetryMs`. */
  retryMs?: number
  maxRetryMs?: number
}

/**
 * Several server processes on one PostgreSQL database: a writer NOTIFYs in its transaction (so
 * only a commit is announced) and every process LISTENs on a dedicated connection, reconnecting
 * with backoff. A notification can only be missed while that connection is down, so the version
 * is undefined then (callers skip their caches), and moves on when it is back.
 */
export function createPostgresChangeFeed(options: PostgresChangeFeedOptions): ChangeFeed {
  const { url, channel, log } = options
  const retryMs = options.retryMs ?? 100
  const maxRetryMs = options.maxRetryMs ?? 5000
  // Our own notifications come back too: they need no second bump.
  const self = crypto.randomUUID()
  let version = 0
  let listening = false
  let closed = false
  let client: pg.Client | undefined
  let timer: NodeJS.Timeout | undefined
  let wait = retryMs

  function lost(client: pg.Client) {
    client.removeAllListeners()
    client.on('error', () => {})
    void client.end().catch(() => {})
    if (closed) return
    listening = false
    timer = setTimeout(connect, wait)
    timer.unref()
    wait = Math.min(wait * 2, maxRetryMs)
  }

  async function connect() {
    if (closed) return
    const next = new pg.Client({ connectionString: url, keepAlive: true })
    client = next
    let failed = false
    next.on('error', (err) => {
      if (failed) return
      failed = true
      log.warn({ err }, 'change feed connection lost; caches are bypassed until it is back')
      lost(next)
    })
    next.on('end', () => {
      if (!failed) {
        failed = true
        lost(next)
      }
    })
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== self) version++
    })
    try {
      await next.connect()
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
      if (closed || failed) return
      // Whatever changed while nobody listened is unknown: start a new version.
      version++
      listening = true
      wait = retryMs
    } catch (err) {
      if (failed) return
      failed = true
      log.warn({ err }, 'change feed cannot listen; caches are bypassed until it can')
      lost(next)
    }
  }
  void connect()

  return {
    version: () => (listening ? String(version) : undefined),
    async announce(trx) {
      await sql`SELECT pg_notify(${channel}, ${self})`.execute(trx)
    },
    changed: () => {
      version++
    },
    async close() {
      closed = true
      listening = false
      if (timer) clearTimeout(timer)
      const last = client
      if (last) {
        last.removeAllListeners()
        last.on('error', () => {})
        await last.end().catch(() => {})
      }
    },
  }
}
