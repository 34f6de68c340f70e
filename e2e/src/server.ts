import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  createEmbeddedServer,
  ensureDemoData,
  loadConfig,
  loadKeys,
  openPGlite,
  prepareDatabase,
} from '@resident/server'

export const portalDist = fileURLToPath(new URL('../../portal/dist', import.meta.url))

export interface RunningServer {
  baseUrl: string
  /** The pre-registration URL the server tells the portal (landing links must point there). */
  preRegistrationUrl: string
  close(): Promise<void>
}

export interface ServerOptions {
  /** Whether to serve our built portal (default) or the API alone. */
  portal?: boolean
  /** Settings beside the test defaults, as the environment would give them. */
  env?: Record<string, string>
}

/**
 * One in-process server: in-memory PGlite seeded with the demo country, serving the built portal.
 * The run starts one; a test may start another with settings of its own.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const withPortal = options.portal ?? true
  if (withPortal) {
    try {
      await fs.access(path.join(portalDist, 'index.html'))
    } catch {
      throw new Error(
        `No built portal in ${portalDist}: run "npm run build" at the repo root first`,
      )
    }
  }
  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'resident-e2e-'))
  const dataDir = path.join(runDir, 'data')
  // Serve a snapshot of the build, so a rebuild during the run cannot pull files from under it.
  // Without a portal the folder stays empty and the server serves the API alone.
  const portalDir = path.join(runDir, 'portal')
  await fs.mkdir(dataDir)
  await fs.mkdir(portalDir)
  if (withPortal) {
    await fs.cp(portalDist, portalDir, { recursive: true })
    await checkBuildComplete(portalDir)
  }
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...options.env,
    PORTAL_DIR: portalDir,
    DATA_DIR: dataDir,
  })
  const handle = await openPGlite()
  const cleanup = async () => {
    await handle.close().catch(() => {})
    await fs.rm(runDir, { recursive: true, force: true })
  }
  try {
    await prepareDatabase(handle.db)
    await ensureDemoData(handle.db, config)
    const keys = await loadKeys(config)
    const { app } = await createEmbeddedServer({ config, db: handle.db, keys })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    if (!address || typeof address === 'string') throw new Error('server has no TCP address')
    return {
      baseUrl: `http://127.0.0.1:${address.port}`,
      preRegistrationUrl: config.preRegistrationUrl,
      close: async () => {
        await app.close().catch(() => {})
        await cleanup()
      },
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** Every asset index.html names is in the folder (a build caught half-written is not). */
async function checkBuildComplete(dir: string): Promise<void> {
  const html = await fs.readFile(path.join(dir, 'index.html'), 'utf8')
  for (const [, asset] of html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)) {
    try {
      await fs.access(path.join(dir, asset ?? ''))
    } catch {
      throw new Error(`portal/dist is incomplete (no ${asset}): is a build running? Build again.`)
    }
  }
}
