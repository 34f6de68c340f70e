import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { inject } from 'vitest'
import { createEmbeddedServer, type EmbeddedServerOptions } from '../src/bootstrap/server.ts'
import { type Config, loadConfig } from '../src/config.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import type { JobRunner } from '../src/jobs/worker.ts'
import type { Ports } from '../src/platform/ports.ts'
import { cloneTemplate } from './database-template.ts'
import { generateKeys } from './support/keys.ts'

export interface TestApp {
  app: FastifyInstance
  handle: DatabaseHandle
  config: Config
  ports: Ports
  jobs: JobRunner
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
  const { app, ports, jobs } = await createEmbeddedServer({
    config,
    db: handle.db,
    keys,
    logStream,
    jobs: { pollMs: 50, ...jobTuning },
  })
  return {
    app,
    handle,
    config,
    ports,
    jobs,
    logs,
    async close() {
      await app.close()
      await handle.close()
    },
  }
}
