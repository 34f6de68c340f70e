import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { inject } from 'vitest'
import { createEmbeddedServer, type EmbeddedServerOptions } from '../src/bootstrap/server.ts'
import { type Config, loadConfig } from '../src/config.ts'
import { type DatabaseHandle, ownTables } from '../src/db/database.ts'
import type { JobRunner } from '../src/jobs/worker.ts'
import type { AuditRecord } from '../src/platform/audit.ts'
import type { Ports } from '../src/platform/ports.ts'
import type { ResidentTables } from '../src/resident/tables.ts'
import { cloneTemplate } from './database-template.ts'
import { generateKeys } from './support/keys.ts'

export interface TestApp {
  app: FastifyInstance
  /** The database, for suite set-up and teardown; feature tests read through `residentDb`. */
  handle: DatabaseHandle
  /** The resident layer's own tables only: what a feature test may look at directly. */
  residentDb: Kysely<ResidentTables>
  config: Config
  ports: Ports
  jobs: JobRunner
  /** Every record the app sent to the audit port, in order (the port's store is tested apart). */
  audits: AuditRecord[]
  /** Every log line the app and the platform wrote, for privacy assertions. */
  logs: string[]
  close(): Promise<void>
}

/** A server on a fresh clone of the seeded test database, with logs captured in memory. */
export async function createTestApp(
  env: Record<string, string> = {},
  jobTuning: EmbeddedServerOptions['jobs'] = {},
): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'info', PORTAL_DIR: '/nonexistent', ...env })
  const handle = await cloneTemplate(inject('dbTemplate'))
  const logs: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk))
      done()
    },
  })
  const keys = await generateKeys()
  const audits: AuditRecord[] = []
  const { app, ports, jobs } = await createEmbeddedServer({
    config,
    db: handle.db,
    keys,
    logStream,
    decoratePorts: (ports) => ({
      ...ports,
      audit: {
        async record(entry) {
          audits.push(structuredClone(entry))
          await ports.audit.record(entry)
        },
      },
    }),
    jobs: { pollMs: 50, ...jobTuning },
  })
  return {
    app,
    handle,
    residentDb: ownTables<ResidentTables>(handle.db),
    config,
    ports,
    jobs,
    audits,
    logs,
    async close() {
      await app.close()
      await handle.close()
    },
  }
}
