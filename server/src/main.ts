import path from 'node:path'
import { prepareDatabase } from './bootstrap/database.ts'
import { createEmbeddedServer } from './bootstrap/server.ts'
import { ConfigError, loadConfig } from './config.ts'
import { lockDataDir } from './db/data-dir-lock.ts'
import { type DatabaseHandle, openPGlite, openPostgres } from './db/database.ts'
import { loadKeys } from './keys/load.ts'
import { ensureDemoData } from './platform/embedded/index.ts'

// The only module that reads the environment and the process: everything else gets `config`.
async function main(): Promise<void> {
  const started = performance.now()
  const config = loadConfig(process.env)
  let unlock = () => {}
  let handle: DatabaseHandle
  if (config.databaseUrl) {
    handle = openPostgres(config.databaseUrl)
  } else {
    unlock = lockDataDir(config.dataDir)
    const dir = path.join(config.dataDir, 'pglite')
    try {
      handle = await openPGlite(dir)
    } catch (error) {
      unlock()
      throw new Error(
        `The embedded database in ${dir} could not be opened (${(error as Error).message}). ` +
          'If the server was killed, start it again; if this repeats, move that folder aside ' +
          '(or delete it to start over with fresh demo data).',
      )
    }
  }
  await prepareDatabase(handle.db, { embedded: true })
  const seeded = await ensureDemoData(handle.db, config)
  const keys = await loadKeys(config)
  const { app } = await createEmbeddedServer({ config, db: handle.db, keys })
  if (seeded) app.log.info('seeded the demo country')

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 10_000)
    force.unref()
    try {
      await app.close()
      await handle.close()
    } finally {
      unlock()
    }
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown('SIGINT'))
  process.once('SIGTERM', () => void shutdown('SIGTERM'))

  await app.listen({ host: config.host, port: config.port })
  app.log.info(
    {
      mode: config.mode,
      database: handle.kind,
      startupMs: Math.round(performance.now() - started),
    },
    `Resident Services ready at http://${config.host}:${config.port}/`,
  )
}

main().catch((error: unknown) => {
  // Start-up failures are for a person to act on: the message says what to do; the stack only
  // helps a developer, so it is shown with LOG_LEVEL=debug.
  const message = error instanceof Error ? error.message : String(error)
  console.error(error instanceof ConfigError ? `Configuration error: ${message}` : message)
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(error)
  process.exit(1)
})
