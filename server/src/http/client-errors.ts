import type http from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyInstance, FastifyServerOptions } from 'fastify'
import type { Config } from '../config.ts'
import { ResidentError } from '../resident/errors.ts'
import { routelessErrorBody } from './envelope.ts'

/**
 * How long the server waits for a client, from `config.timeouts` (defaults and why):
 * - headers 15 s: a request line and headers are ≤ 2 KB, under a second even on 2G; 15 s leaves
 *   room for a radio waking up (~2 s) and TCP retransmissions (1 + 2 + 4 + 8 s). A slowloris
 *   client that never finishes its headers now holds a socket 15 s, not Node's ~67 s.
 * - request 60 s: the largest body (1 MiB, `bodyLimit`) takes ~42 s at 200 kbit/s (EDGE, poor
 *   3G); a client dripping a body cannot hold a socket longer than that.
 * - keep-alive 5 s (Node's own default; Fastify raises it to 72 s): a browser reuses its
 *   connection within a second or two while a page loads; longer only keeps idle sockets open.
 *   A load balancer that pools connections to this server must time them out sooner.
 * Node checks the header and request deadlines on a timer, every 30 s by default, so a deadline
 * could be overrun by up to half a minute; one sweep a second over the open connections is cheap.
 */
export function serverTimeouts(config: Pick<Config, 'timeouts'>): Pick<
  FastifyServerOptions,
  'keepAliveTimeout' | 'requestTimeout'
> & {
  http: http.ServerOptions
} {
  const { headersSeconds, requestSeconds, keepAliveSeconds } = config.timeouts
  const requestTimeout = requestSeconds * 1000
  const keepAliveTimeout = keepAliveSeconds * 1000
  return {
    keepAliveTimeout,
    requestTimeout,
    http: {
      headersTimeout: headersSeconds * 1000,
      requestTimeout,
      keepAliveTimeout,
      connectionsCheckingInterval: 1000,
    },
  }
}

/** What a parser-level failure means for the client, as one of our codes. */
function errorOf(code: string | undefined): ResidentError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new ResidentError('RES-SER-912')
  if (code === 'HPE_HEADER_OVERFLOW') return new ResidentError('RES-SER-913')
  // Anything else the parser refused (bad method, bad chunking, stray bytes): plain bad request.
  return new ResidentError('RES-SER-418', 'the request is not valid HTTP', 400)
}

/**
 * Node's HTTP parser answers timeouts (408), oversized headers (431) and malformed requests
 * (400) itself, before Fastify has a request or a route; Fastify's default body is its own
 * `{statusCode, error, message}`. This answers them in the MOSIP envelope like every other
 * error, then closes the connection (the parser's state is unusable). The log line carries only
 * the code: the error's `rawPacket` holds the bytes received, identifiers included.
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: Error & { code?: string },
  socket: Socket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const refusal = errorOf(error.code)
  this.log.debug({ code: error.code, status: refusal.status }, 'client error')
  // A response already under way on this connection cannot be followed by another status line.
  const pending = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (socket.writable && !pending?.headersSent) {
    const body = JSON.stringify(routelessErrorBody(refusal))
    socket.write(
      `HTTP/1.1 ${refusal.status} ${STATUS_TEXT[refusal.status] ?? 'Bad Request'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n' +
        `Connection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy()
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
}
