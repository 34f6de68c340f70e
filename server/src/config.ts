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
  /**
   * Port of a separate listener serving only `/metrics`; absent → `/metrics` is on the main port
   * in demo mode and nowhere in production (its labels describe the deployment's traffic).
   */
  metricsPort: number | undefined
  /** Host names besides PUBLIC_URL's that requests may be addressed to (http/allowed-hosts.ts). */
  allowedHosts: string[]
  /** Slow-client limits of the HTTP server; why these defaults: http/client-errors.ts. */
  timeouts: { headersSeconds: number; requestSeconds: number; keepAliveSeconds: number }
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
  /**
   * Limits across OTPs (issue 10): a per-person budget of wrong codes, daily caps on sends per
   * person and per client address, and a per-address budget on the OTP-checking routes.
   */
  otpAbuse: OtpAbuseLimits
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

/** The numbers and why: `otpAbuse()` below. */
export interface OtpAbuseLimits {
  /** Failed OTP checks of one individual, across all their OTPs, transactions and channels. */
  failures: {
    /** Failures in a row without a wait; then `firstDelaySeconds`, doubling up to the max. */
    free: number
    firstDelaySeconds: number
    maxDelaySeconds: number
    /** Failures in a row that refuse checks for `lockoutSeconds`; older ones are forgotten. */
    lockout: number
    lockoutSeconds: number
  }
  /** OTPs one individual may be sent in any 24 hours (besides `otp.maxSends` per window). */
  sendsPerDay: number
  /** OTP sends per client address per 24 h; OTP checks per client address per `ipLimit` window. */
  perIp: { sendsPerDay: number; checks: number }
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
    devMailbox: otpTransport(env, mode, devMailbox(env, mode)),
    workers: bool(env, 'WORKERS', true),
    metricsPort: metricsPort(env, port),
    allowedHosts: hostNames(env, 'ALLOWED_HOSTS'),
    timeouts: timeouts(env),
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
    otpAbuse: otpAbuse(env),
    keys: {
      otpHmacKey: env.OTP_HMAC_KEY || undefined,
      idHashSalt: env.ID_HASH_SALT || undefined,
      cardSigningKey: env.CARD_SIGNING_KEY || undefined,
      allowGenerated: mode === 'demo' || bool(env, 'ALLOW_GENERATED_KEYS', false),
    },
  }
}

/**
 * Limits across OTPs (issue 10; the reasoning in docs/api-decisions.md "OTP abuse"). A 6-digit
 * code falls to a million guesses, so what counts is the tries all of one person's codes get:
 * 5 wrong codes free (one OTP's typos), then waits from 30 s doubling to 15 min, a 24 h lock-out
 * at 100 in a row (NIST SP 800-63B 5.2.2's ceiling); with 20 sends a day (two full 10-minute
 * bursts; rolling, so the resident gets codes again a day after a flood) that is ~25 guesses a
 * day. Per client address: 5 windows' worth of sends a day, and checks in a budget of their own.
 */
function otpAbuse(env: Env): OtpAbuseLimits {
  const captcha = bool(env, 'CAPTCHA_REQUIRED', true)
  const ipRequests = int(env, 'IP_LIMIT_REQUESTS', captcha ? 60 : 20, 1, 1_000_000)
  const ipSendsPerDay = Math.min(ipRequests * 5, 1_000_000)
  return {
    failures: {
      free: int(env, 'OTP_FREE_FAILURES', 5, 1, 20),
      firstDelaySeconds: int(env, 'OTP_FAILURE_DELAY_SECONDS', 30, 1, 3600),
      maxDelaySeconds: int(env, 'OTP_FAILURE_MAX_DELAY_SECONDS', 900, 1, 86_400),
      lockout: int(env, 'OTP_LOCKOUT_FAILURES', 100, 1, 100),
      lockoutSeconds: int(env, 'OTP_LOCKOUT_SECONDS', 86_400, 60, 604_800),
    },
    sendsPerDay: int(env, 'OTP_MAX_SENDS_PER_DAY', 20, 1, 1000),
    perIp: {
      sendsPerDay: int(env, 'IP_OTP_SENDS_PER_DAY', ipSendsPerDay, 1, 1_000_000),
      checks: int(env, 'IP_OTP_CHECKS', ipRequests, 1, 1_000_000),
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

/**
 * Production without SMTP, an SMS gateway or the (explicitly allowed) mailbox would start and then
 * fail every OTP: refuse, unless that is what the operator asked for. Returns the mailbox setting.
 */
function otpTransport(env: Env, mode: Config['mode'], mailbox: boolean): boolean {
  if (mode === 'demo' || mailbox || env.SMTP_URL || env.SMS_GATEWAY_URL) return mailbox
  if (bool(env, 'ALLOW_NO_OTP_TRANSPORT', false)) return mailbox
  throw new ConfigError(
    'production cannot send OTPs: set SMTP_URL and/or SMS_GATEWAY_URL ' +
      '(or ALLOW_NO_OTP_TRANSPORT=true to start without them)',
  )
}

function metricsPort(env: Env, port: number): number | undefined {
  if (!env.METRICS_PORT) return undefined
  // 0 picks a free port, as PORT=0 does (tests).
  const value = int(env, 'METRICS_PORT', 0, 0, 65535)
  if (value !== 0 && value === port) throw new ConfigError('METRICS_PORT must differ from PORT')
  return value
}

const HOST_NAME =
  /^([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/

function hostNames(env: Env, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  for (const host of list) {
    if (!HOST_NAME.test(host)) {
      throw new ConfigError(`${name}: "${host}" is not a host name (no scheme, port or path)`)
    }
  }
  return list
}

function timeouts(env: Env): Config['timeouts'] {
  const headersSeconds = int(env, 'HEADERS_TIMEOUT_SECONDS', 15, 1, 600)
  const requestSeconds = int(env, 'REQUEST_TIMEOUT_SECONDS', 60, 1, 3600)
  // Node refuses a header limit longer than the whole request's.
  if (headersSeconds > requestSeconds) {
    throw new ConfigError('HEADERS_TIMEOUT_SECONDS must not exceed REQUEST_TIMEOUT_SECONDS')
  }
  return {
    headersSeconds,
    requestSeconds,
    keepAliveSeconds: int(env, 'KEEP_ALIVE_TIMEOUT_SECONDS', 5, 1, 600),
  }
}
