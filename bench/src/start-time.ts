// Start time as a resident running the demo sees it: `npm start` at the repo root, from spawn
// until `/ready` answers 200.
import path from 'node:path'
import { childEnv, freePort, repoRoot, spawnTree, waitForReady } from './server-process.ts'
import { median } from './stats.ts'

export interface StartRun {
  /** Spawn of `npm start` until `/ready` answered 200. */
  readyMs: number
  /** The server's own `startupMs` log field: main() until listening (open, migrate, build). */
  serverStartupMs: number | undefined
}

export interface StartTimes {
  dataDir: string
  /** First start on an empty folder (seeds the demo country). */
  cold: StartRun
  warm: StartRun[]
  warmMedianMs: number
}

/** The `startupMs` the server logs when it is ready (pino JSON line). */
export function serverStartupMs(output: string): number | undefined {
  const match = /"startupMs":(\d+)/.exec(output)
  return match ? Number(match[1]) : undefined
}

/** One `npm start`, timed; the process tree is stopped after. */
async function startOnce(dataDir: string): Promise<StartRun> {
  const port = await freePort()
  const env = childEnv({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    // `info` for the one line that carries startupMs (the poller's requests log after it).
    LOG_LEVEL: 'info',
    // The portal is built before this runs; naming its folder keeps `npm start` from
    // rebuilding it when someone edits the portal's sources during the run.
    PORTAL_DIR: path.join(repoRoot, 'portal/dist'),
  })
  const started = performance.now()
  const spawned = spawnTree('npm', ['start', '--silent'], env)
  try {
    await waitForReady(`http://127.0.0.1:${port}`, spawned, 180_000)
    const readyMs = performance.now() - started
    return { readyMs, serverStartupMs: serverStartupMs(spawned.output()) }
  } finally {
    await spawned.stop()
  }
}

/** A cold start on the empty `dataDir`, then `runs` warm starts on the data it left. */
export async function measureStartTimes(dataDir: string, runs: number): Promise<StartTimes> {
  const cold = await startOnce(dataDir)
  const warm: StartRun[] = []
  for (let i = 0; i < runs; i++) warm.push(await startOnce(dataDir))
  return { dataDir, cold, warm, warmMedianMs: median(warm.map((w) => w.readyMs)) }
}
