import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

/** The least a production deployment sets: a way to send OTPs (else it refuses to start). */
const PRODUCTION = { NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' }

describe('loadConfig', () => {
  it('runs the demo with no environment at all', () => {
    const config = loadConfig({}, '/srv/app')
    expect(config).toMatchObject({
      mode: 'demo',
      port: 8080,
      dataDir: '/srv/app/data',
      databaseUrl: undefined,
      demoSeed: true,
      nearbyDistanceMeters: 2000,
      languages: { mandatory: ['eng'], optional: ['fra', 'ara', 'hin', 'kan', 'tam', 'spa'] },
    })
  })

  it('says which variable is wrong and why', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer/)
    expect(() => loadConfig({ MANDATORY_LANGUAGES: 'eng,xx' })).toThrow(/unknown language "xx"/)
    expect(() => loadConfig({ CAPTCHA_REQUIRED: 'maybe' })).toThrow(ConfigError)
  })

  it('refuses the demo seed in production unless it is explicitly allowed', () => {
    expect(loadConfig(PRODUCTION).demoSeed).toBe(false)
    expect(() => loadConfig({ ...PRODUCTION, DEMO_SEED: 'true' })).toThrow(/ALLOW_DEMO_SEED/)
    const allowed = loadConfig({
      ...PRODUCTION,
      DEMO_SEED: 'true',
      ALLOW_DEMO_SEED: 'true',
    })
    expect(allowed.demoSeed).toBe(true)
  })

  it('never lists a mandatory language again among the optional ones', () => {
    const config = loadConfig({ MANDATORY_LANGUAGES: 'ara,eng', OPTIONAL_LANGUAGES: 'eng,tam' })
    expect(config.languages).toEqual({ mandatory: ['ara', 'eng'], optional: ['tam'] })
  })
})

describe('operations settings (issue 10)', () => {
  it('refuses production with no way to send an OTP, naming the variables', () => {
    const refusal = () => loadConfig({ NODE_ENV: 'production' })
    expect(refusal).toThrow(ConfigError)
    expect(refusal).toThrow(/SMTP_URL.*SMS_GATEWAY_URL.*ALLOW_NO_OTP_TRANSPORT=true/)
    // Any one transport is enough; so is the explicitly allowed mailbox, or the explicit waiver.
    expect(
      loadConfig({ NODE_ENV: 'production', SMS_GATEWAY_URL: 'https://sms.example/send' }).mode,
    ).toBe('production')
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example' }).mode).toBe(
      'production',
    )
    expect(
      loadConfig({ NODE_ENV: 'production', DEV_MAILBOX: 'true', ALLOW_DEV_MAILBOX: 'true' })
        .devMailbox,
    ).toBe(true)
    expect(loadConfig({ NODE_ENV: 'production', ALLOW_NO_OTP_TRANSPORT: 'true' }).devMailbox).toBe(
      false,
    )
    expect(() => loadConfig({ NODE_ENV: 'production', ALLOW_NO_OTP_TRANSPORT: 'false' })).toThrow(
      /SMTP_URL/,
    )
    // Demo mode has the mailbox: nothing to refuse.
    expect(loadConfig({ DEV_MAILBOX: 'false' }).mode).toBe('demo')
  })

  it('reads the metrics port, which must not be the main one', () => {
    expect(loadConfig({}).metricsPort).toBeUndefined()
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464)
    expect(() => loadConfig({ METRICS_PORT: '8080' })).toThrow(/METRICS_PORT must differ from PORT/)
    expect(() => loadConfig({ METRICS_PORT: 'x' })).toThrow(/METRICS_PORT must be an integer/)
  })

  it('reads extra host names, refusing anything that is not a bare name', () => {
    expect(loadConfig({}).allowedHosts).toEqual([])
    expect(
      loadConfig({ ALLOWED_HOSTS: ' Resident.Internal , 10.0.0.5,[::1]' }).allowedHosts,
    ).toEqual(['resident.internal', '10.0.0.5', '[::1]'])
    for (const bad of ['https://a.example', 'a.example:8080', 'a.example/x', '*.example']) {
      expect(() => loadConfig({ ALLOWED_HOSTS: bad }), bad).toThrow(/ALLOWED_HOSTS/)
    }
  })

  it('keeps the header timeout within the request timeout', () => {
    expect(
      loadConfig({ HEADERS_TIMEOUT_SECONDS: '30', REQUEST_TIMEOUT_SECONDS: '30' }).timeouts,
    ).toEqual({
      headersSeconds: 30,
      requestSeconds: 30,
      keepAliveSeconds: 5,
    })
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: '61' })).toThrow(/HEADERS_TIMEOUT_SECONDS/)
    expect(() => loadConfig({ KEEP_ALIVE_TIMEOUT_SECONDS: '0' })).toThrow(/KEEP_ALIVE_TIMEOUT/)
  })
})
