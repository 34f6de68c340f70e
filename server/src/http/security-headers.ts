import type { onRequestHookHandler } from 'fastify'
import helmet, { type HelmetOptions } from 'helmet'
import type { Config } from '../config.ts'

/** Strict CSP (no inline script), no framing, HSTS behind https. */
export function securityHeaders(config: Config): HelmetOptions {
  const https = config.publicUrl.startsWith('https:')
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    strictTransportSecurity: https,
    crossOriginEmbedderPolicy: false,
  }
}

/**
 * Helmet's headers on every response. They depend on the configuration alone (no nonces), so
 * helmet runs once, at start-up, and each request only copies them: @fastify/helmet built the
 * whole middleware again per request (parsing the CSP each time), the largest per-request cost
 * of a cached masterdata answer.
 */
export function securityHeadersHook(config: Config): onRequestHookHandler {
  const set: [string, string][] = []
  const removed: string[] = []
  const probe = {
    setHeader(name: string, value: string | number) {
      set.push([name, String(value)])
    },
    removeHeader(name: string) {
      removed.push(name)
    },
  }
  helmet(securityHeaders(config))(
    {} as Parameters<ReturnType<typeof helmet>>[0],
    probe as unknown as Parameters<ReturnType<typeof helmet>>[1],
    () => {},
  )
  return function applySecurityHeaders(_request, reply, done) {
    const raw = reply.raw
    for (const [name, value] of set) raw.setHeader(name, value)
    for (const name of removed) raw.removeHeader(name)
    done()
  }
}
