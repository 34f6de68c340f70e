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
  /** SMTP server for email (`smtp://user:pass@host:587`); absent → email is not sent. */
  smtpUrl: string | undefined
  mailFrom: string
  /** HTTP SMS gateway: POST JSON `{to, message}`; absent → SMS is not sent. */
  smsGatewayUrl: string | undefined
  /** Redis for rate limits shared by several processes; absent → PostgreSQL or memory. */
  redisUrl: string | undefined
  /** Keep every outgoing email/SMS in the development mailbox at /dev/mailbox (demo only). */
  devMailbox: boolean
  /** Run background jobs (mail, SMS, later credentials) in this process; false for API-only ones. */
  workers: boolean
  otp: {
    /** Validity of an OTP (MOSIP default 180 s, never over 10 minutes). */
    ttlSeconds: number
    /** Wrong tries before an OTP is dead. */
    maxAttempts: number
    /** OTPs one individual may be sent per window. */
    maxSends: number
    sendWindowSeconds: number
    /** Seconds before the portal offers "resend". */
    resendAfterSeconds: number
  }
  /** Requests per client IP per window on the public OTP and status routes. */
  ipLimit: { requests: number; windowSeconds: number }
  keys: {
    /** base64 of ≥32 random bytes. */
    otpHmacKey: string | undefined
    idHashSalt: string | undefined
    /** PKCS#8 PEM of an Ed25519 key that signs card QR codes. */
    cardSigningKey: string | undefined
    /** Generate missing keys into DATA_DIR/keys (demo default; production must opt in). */
    allowGenerated: boolean
  }
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
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Resident Services <no-reply@resident.example>',
    smsGatewayUrl: env.SMS_GATEWAY_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    devMailbox: devMailbox(env, mode),
    workers: bool(env, 'WORKERS', true),
    otp: {
      ttlSeconds: int(env, 'OTP_TTL_SECONDS', 180, 30, 600),
      maxAttempts: int(env, 'OTP_MAX_ATTEMPTS', 5, 1, 10),
      maxSends: int(env, 'OTP_MAX_SENDS', 10, 1, 100),
      sendWindowSeconds: int(env, 'OTP_SEND_WINDOW_SECONDS', 600, 60, 86_400),
      resendAfterSeconds: int(env, 'OTP_RESEND_AFTER_SECONDS', 60, 0, 600),
    },
    ipLimit: {
      // Without a captcha (the official resident-ui) a client IP gets a third of the budget.
      requests: int(
        env,
        'IP_LIMIT_REQUESTS',
        bool(env, 'CAPTCHA_REQUIRED', true) ? 60 : 20,
        1,
        1_000_000,
      ),
      windowSeconds: int(env, 'IP_LIMIT_WINDOW_SECONDS', 600, 1, 86_400),
    },
    keys: {
      otpHmacKey: env.OTP_HMAC_KEY || undefined,
      idHashSalt: env.ID_HASH_SALT || undefined,
      cardSigningKey: env.CARD_SIGNING_KEY || undefined,
      allowGenerated: mode === 'demo' || bool(env, 'ALLOW_GENERATED_KEYS', false),
    },
  }
}

function devMailbox(env: Env, mode: Config['mode']): boolean {
  const on = bool(env, 'DEV_MAILBOX', mode === 'demo')
  if (on && mode === 'production' && !bool(env, 'ALLOW_DEV_MAILBOX', false)) {
    throw new ConfigError('DEV_MAILBOX in production needs ALLOW_DEV_MAILBOX=true')
  }
  return on
}
