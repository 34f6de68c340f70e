import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import type { Config } from '../config.ts'
import { ResidentError } from '../resident/errors.ts'

/** Where a developer's browser reaches a demo server: only ever this machine. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']

/**
 * Load balancers and kubelets probe pods by IP, a Host no list could name in advance; these
 * answer nothing private, so they skip the check.
 */
const PROBES = new Set(['/health', '/ready'])

/** The host names this deployment answers for: PUBLIC_URL's, ALLOWED_HOSTS, loopback in demo. */
export function allowedHostNames(
  config: Pick<Config, 'mode' | 'publicUrl' | 'allowedHosts'>,
): Set<string> {
  const names = new Set([new URL(config.publicUrl).hostname.toLowerCase(), ...config.allowedHosts])
  if (config.mode === 'demo') for (const name of LOOPBACK) names.add(name)
  return names
}

/** A `Host` value's name without port or a trailing root dot (`localhost.` is `localhost`). */
function nameOf(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]
  return (name ?? '').toLowerCase().replace(/\.$/, '')
}

/**
 * Every name the request claims: its `Host` header and, behind a trusted proxy, the
 * `X-Forwarded-Host` Fastify reads instead. Both must be ours: a rebound page can add an
 * `X-Forwarded-Host: localhost` header of its own, which a proxy may pass on untouched.
 */
function claimedNames(request: FastifyRequest): string[] {
  return [nameOf(request.headers.host ?? ''), nameOf(request.host)]
}

/**
 * Refuses a request addressed to a host name that is not ours, HTTP 421 `RES-SER-911`. This is
 * the defence against DNS rebinding: a page on attacker.example whose name is re-pointed at
 * 127.0.0.1 reaches a demo server (and its development mailbox of OTPs) as a same-origin page,
 * but its requests still say `Host: attacker.example`. Only the name is compared, not the port:
 * proxies and port mappings change ports, and rebinding cannot change the name.
 * X-Forwarded-Host counts only when the proxy is trusted (TRUST_PROXY), and then as well as Host.
 */
export function requireAllowedHost(
  config: Pick<Config, 'mode' | 'publicUrl' | 'allowedHosts'>,
): onRequestAsyncHookHandler {
  const names = allowedHostNames(config)
  return async (request) => {
    const route = request.routeOptions.url
    if (route !== undefined && PROBES.has(route)) return
    if (!claimedNames(request).every((name) => names.has(name))) {
      throw new ResidentError('RES-SER-911')
    }
  }
}
