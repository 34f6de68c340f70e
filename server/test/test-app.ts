import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { pino } from 'pino'
import { inject } from 'vitest'
import { buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import { generateKeys } from '../src/keys/testing.ts'
import { createEmbeddedPorts } from '../src/platform/embedded/index.ts'
import type { Ports } from '../src/platform/ports.ts'
import { cloneTemplate } from './database-template.ts'

export interface TestApp {
  app: FastifyInstance
  handle: DatabaseHandle
  config: Config
  ports: Ports
  /** Every log line the app and the platform wrote, for privacy assertions. */
  logs: string[]
  close(): Promise<void>
}

/** A server on a fresh clone of the seeded test database, with logs captured in memory. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
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
  const log = pino({ level: 'info' }, logStream)
  const ports = createEmbeddedPorts(handle.db, { config, keys, log })
  const app = await buildApp(config, ports, { logStream })
  return {
    app,
    handle,
    config,
    ports,
    logs,
    async close() {
      await app.close()
      await handle.close()
    },
  }
}
