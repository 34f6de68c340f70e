import type { FastifyRequest } from 'fastify'

/**
 * Request URLs carry UINs, VIDs and AIDs in paths and queries. Logs get the route pattern when
 * one matched, and otherwise the path with every run of 4+ digits masked.
 */
export function safeUrl(request: Pick<FastifyRequest, 'url' | 'routeOptions'>): string {
  const pattern = request.routeOptions?.url
  if (pattern) return pattern
  // Stryker disable next-line StringLiteral: split always gives a first element
  const path = request.url.split('?')[0] ?? ''
  return path.replace(/\d{4,}/g, (digits) => 'X'.repeat(digits.length))
}

export const requestSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: safeUrl(request), reqId: request.id }
  },
}
