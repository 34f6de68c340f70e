import path from 'node:path'
import { lazySchemas } from './bootstrap/lazy-schemas.ts'
import { reportStartupFailure } from './bootstrap/startup-failure.ts'
import { loadConfig } from './config.ts'
import { lockDataDir } from './db/data-dir-lock.ts'
import { type DatabaseHandle, openPGlite, openPostgres } from './db/database.ts'

// The server's modules load while the database opens (PGlite compiles its WebAssembly on other
// threads meanwhile): imported here, awaited after the open has started.
const loadServerModules = () =>
  Promise.all([
    import('./bootstrap/database.ts'),
    import('./bootstrap/server.ts'),
    import('./keys/load.ts'),
    import('./platform/embedded/index.ts'),
  ])

// The only module that reads the environment and the process: everything else gets `config`.
async function main(): Promise<void> {
  const started = performance.now()
  const config = loadConfig(process.env)
  let unlock = () => {}
  let handle: DatabaseHandle
  let modules: ReturnType<typeof loadServerModules>
  if (config.databaseUrl) {
    modules = loadServerModules()
    handle = openPostgres(config.databaseUrl)
  } else {
    unlock = lockDataDir(config.dataDir)
    const dir = path.join(config.dataDir, 'pglite')
    const opening = openPGlite(dir)
    modules = loadServerModules()
    try {
      handle = await opening
    } catch (error) {
      unlock()
      throw new Error(
        `The embedded database in ${dir} could not be opened (${(error as Error).message}). ` +
          'If the server was killed, start it again; if this repeats, move that folder aside ' +
          '(or delete it to start over with fresh demo data).',
      )
    }
  }
  // Awaited below; until then a failed import must not surface as an unhandled rejection.
  modules.catch(() => {})
  const [{ prepareDatabase }, { createEmbeddedServer }, { loadKeys }, { ensureDemoData }] =
    await modules
  await prepareDatabase(handle.db, { embedded: true })
  const seeded = await ensureDemoData(handle.db, config)
  const keys = await loadKeys(config)
  const schemas = lazySchemas()
  const { app } = await createEmbeddedServer({ config, db: handle.db, keys, lazySchemas: schemas })
  if (seeded) app.log.info('seeded the demo country')

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => {
      app.log.error('shutdown took over 10 s; exiting anyway')
      process.exit(1)
    }, 10_000)
    force.unref()
    try {
      await app.close()
      await handle.close()
    } finally {
      unlock()
    }
    process.exit(0)
  }
  // A failed shutdown is still an exit, but logged as the error it is rather than a bare crash.
  const stop = (signal: string) =>
    shutdown(signal).catch((error: unknown) => {
      app.log.error({ err: error }, 'shutdown failed')
      process.exit(1)
    })
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))

  await app.listen({ host: config.host, port: config.port })
  app.log.info(
    {
      mode: config.mode,
      database: handle.kind,
      metricsPort: app.metricsPort(),
      startupMs: Math.round(performance.now() - started),
    },
    `Resident Services ready at http://${config.host}:${config.port}/`,
  )
  // Ready first; then the route schemas left to compile, between requests.
  const deferred = performance.now()
  schemas.compileRemaining().then(
    (compiled) =>
      app.log.debug(
        { compiled, ms: Math.round(performance.now() - deferred) },
        'route schemas compiled',
      ),
    (error: unknown) => app.log.error({ err: error }, 'a route schema does not compile'),
  )
}

main().catch((error: unknown) => {
  // Start-up failures are for a person to act on: the message says what to do; the stack only
  // helps a developer, so it is added with LOG_LEVEL=debug.
  const withStack = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace'
  reportStartupFailure(error, { withStack })
  process.exit(1)
})
