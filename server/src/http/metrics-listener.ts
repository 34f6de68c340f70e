import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Registry } from 'prom-client'
import { ResidentError } from '../resident/errors.ts'
import { routelessErrorBody } from './envelope.ts'

export interface MetricsListener {
  /** Binds the port; rejects (and so stops start-up) when it is taken. */
  listen(host: string, port: number): Promise<void>
  /** The bound port (useful when 0 asked for a free one); undefined before `listen`. */
  port(): number | undefined
  close(): Promise<void>
}

/**
 * `/metrics` on a port of its own (METRICS_PORT): Prometheus scrapes it inside the cluster while
 * the public port, behind the ingress, never shows it. Plain node:http, no host check (scrapers
 * address pods by IP) and nothing but `GET /metrics`.
 */
export function createMetricsListener(registry: Registry): MetricsListener {
  const server = http.createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000 },
    (req, res) => {
      const path = (req.url ?? '').split('?')[0]
      if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        const body = JSON.stringify(routelessErrorBody(new ResidentError('RES-SER-901')))
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(body)
        return
      }
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        () => {
          const body = JSON.stringify(routelessErrorBody(new ResidentError('RES-SER-SYS-001')))
          res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(body)
        },
      )
    },
  )
  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen({ host, port }, () => {
          server.off('error', reject)
          resolve()
        })
      }),
    port: () => (server.listening ? (server.address() as AddressInfo).port : undefined),
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
