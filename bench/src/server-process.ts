// Child processes of a benchmark run: spawned in their own process group so the whole tree
// (npm → node → server) can be stopped, tracked so nothing is left running when the run ends.
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')

export interface Spawned {
  child: ChildProcess
  pid: number
  /** Last lines the process printed (for error messages). */
  output(): string
  /** How the process ended ("exit code 1", "signal SIGKILL"), undefined while it runs. */
  ended(): string | undefined
  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when the leader exited. */
  stop(graceMs?: number): Promise<void>
}

const live = new Set<Spawned>()

/** A port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/** Spawns `command` detached (own process group) with `env` replacing the environment. */
export function spawnTree(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = repoRoot,
): Spawned {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`could not spawn ${command}`)
  const pid = child.pid
  let tail = ''
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  const spawned: Spawned = {
    child,
    pid,
    output: () => tail,
    ended: () =>
      child.signalCode !== null
        ? `signal ${child.signalCode}`
        : child.exitCode !== null
          ? `exit code ${child.exitCode}`
          : undefined,
    async stop(graceMs = 10_000) {
      signalGroup(pid, 'SIGTERM')
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
      // The leader is gone; make sure no member of its group outlives it.
      signalGroup(pid, 'SIGKILL')
      live.delete(spawned)
    },
  }
  live.add(spawned)
  void exited.then(() => {
    if (!isGroupAlive(pid)) live.delete(spawned)
  })
  return spawned
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // ESRCH: the group is already gone.
  }
}

function isGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops every process this run spawned that is still alive. */
export async function stopAll(): Promise<void> {
  await Promise.all([...live].map((s) => s.stop(5_000)))
}

/** Kills every spawned group at once, synchronously (for `process.on('exit')`). */
export function killAllNow(): void {
  for (const s of live) signalGroup(s.pid, 'SIGKILL')
  live.clear()
}

/**
 * Polls `GET /ready` until it answers 200; rejects when the process exits first or after
 * `timeoutMs`. Resolves with the milliseconds waited.
 */
export async function waitForReady(
  baseUrl: string,
  spawned: Spawned,
  timeoutMs = 120_000,
): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const ended = spawned.ended()
    if (ended)
      throw new Error(`process ended (${ended}) before ready; it printed:\n${spawned.output()}`)
    try {
      const response = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(2_000) })
      await response.arrayBuffer()
      if (response.status === 200) return performance.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${baseUrl} not ready after ${timeoutMs} ms:\n${spawned.output()}`)
}

export interface RunningServer {
  baseUrl: string
  spawned: Spawned
  readyMs: number
  stop(): Promise<void>
}

/** Fails when the real or the bare server ended while loaded, with what it printed. */
export function checkBothRunning(real: RunningServer, bare: RunningServer): void {
  for (const [who, server] of [
    ['real', real],
    ['bare', bare],
  ] as const) {
    const ended = server.spawned.ended()
    if (ended) {
      throw new Error(
        `the ${who} server ended (${ended}) while loaded:\n${server.spawned.output()}`,
      )
    }
  }
}

/** Environment for a child: ours without the database URL (PGlite unless `env` sets one). */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env }
  delete base.DATABASE_URL
  delete base.NODE_ENV
  return { ...base, ...env }
}

/** Runs `node <script>` (the pinned Node of this process) on a free port until `/ready`. */
export async function startNodeServer(
  script: string,
  env: Record<string, string>,
): Promise<RunningServer> {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const spawned = spawnTree(
    process.execPath,
    [script],
    childEnv({ HOST: '127.0.0.1', PORT: String(port), ...env }),
  )
  try {
    const readyMs = await waitForReady(baseUrl, spawned)
    return { baseUrl, spawned, readyMs, stop: () => spawned.stop() }
  } catch (error) {
    await spawned.stop(2_000)
    throw error
  }
}

/** The real Resident Services server over an already seeded database. */
export function startResidentServer(options: {
  dataDir: string
  databaseUrl: string | undefined
  centres: number
  /** More settings, as `loadConfig` reads them from the environment. */
  env?: Record<string, string>
}): Promise<RunningServer> {
  return startNodeServer(path.join(repoRoot, 'server/src/main.ts'), {
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'false',
    DEMO_CENTRES: String(options.centres),
    DATA_DIR: options.dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  })
}
