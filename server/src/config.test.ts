import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

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
    expect(loadConfig({ NODE_ENV: 'production' }).demoSeed).toBe(false)
    expect(() => loadConfig({ NODE_ENV: 'production', DEMO_SEED: 'true' })).toThrow(
      /ALLOW_DEMO_SEED/,
    )
    const allowed = loadConfig({
      NODE_ENV: 'production',
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
