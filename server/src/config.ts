import path from 'node:path'

/** Every setting of the server, typed. Only `loadConfig` reads the environment (via main.ts). */
export interface Config {
  mode: 'demo' | 'production'
  host: string
  port: number
  /** Public origin of the portal, used for links and the allowed-origin check. */
  publicUrl: string
  dataDir: string
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined
  logLevel: string
  /** Folder with the built portal (index.html and assets); absent folder → API only. */
  portalDir: string
  languages: { mandatory: string[]; optional: string[] }
  /** Address of the pre-registration portal for booking appointments. */
  preRegistrationUrl: string
  /** Default radius of "centres near me", in metres. */
  nearbyDistanceMeters: number
  captchaRequired: boolean
  /** Seed the demo country into an empty database (demo mode default). */
  demoSeed: boolean
  /** Number of registration centres the demo country seeds (benchmarks raise it). */
  demoCentres: number
  trustProxy: boolean
}

export const SUPPORTED_LANGUAGES = ['eng', 'fra', 'ara', 'hin', 'kan', 'tam', 'spa'] as const
export type LangCode = (typeof SUPPORTED_LANGUAGES)[number]

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (/^(1|true|yes|on)$/i.test(raw)) return true
  if (/^(0|false|no|off)$/i.test(raw)) return false
  throw new ConfigError(`${name} must be true or false, got "${raw}"`)
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function languages(env: Env, name: string, fallback: string[]): string[] {
  const raw = env[name]
  if (raw === undefined) return fallback
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const code of list) {
    if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(code)) {
      throw new ConfigError(`${name}: unknown language "${code}" (known: ${SUPPORTED_LANGUAGES})`)
    }
  }
  return list
}

export function loadConfig(env: Env, cwd = process.cwd()): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : 'demo'
  const port = int(env, 'PORT', 8080, 0, 65535)
  const host = env.HOST || (mode === 'production' ? '0.0.0.0' : '127.0.0.1')
  const mandatory = languages(env, 'MANDATORY_LANGUAGES', ['eng'])
  if (mandatory.length === 0)
    throw new ConfigError('MANDATORY_LANGUAGES needs at least one language')
  const optional = languages(env, 'OPTIONAL_LANGUAGES', ['fra', 'ara', 'hin', 'kan', 'tam', 'spa'])
  const demoSeed = bool(env, 'DEMO_SEED', mode === 'demo')
  if (mode === 'production' && demoSeed && !bool(env, 'ALLOW_DEMO_SEED', false)) {
    throw new ConfigError('DEMO_SEED in production needs ALLOW_DEMO_SEED=true')
  }
  return {
    mode,
    host,
    port,
    publicUrl: env.PUBLIC_URL || `http://localhost:${port}`,
    dataDir: path.resolve(cwd, env.DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    portalDir: path.resolve(cwd, env.PORTAL_DIR || 'portal/dist'),
    languages: { mandatory, optional: optional.filter((l) => !mandatory.includes(l)) },
    preRegistrationUrl:
      env.PRE_REGISTRATION_URL || 'https://prereg.example.org/pre-registration-ui/',
    nearbyDistanceMeters: int(env, 'NEARBY_DISTANCE_METERS', 2000, 1, 1_000_000),
    captchaRequired: bool(env, 'CAPTCHA_REQUIRED', true),
    demoSeed,
    demoCentres: int(env, 'DEMO_CENTRES', 100, 1, 1_000_000),
    trustProxy: bool(env, 'TRUST_PROXY', false),
  }
}
