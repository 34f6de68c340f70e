import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.ts'
import type { Captcha } from '../http/captcha.ts'
import type { PublicGuards } from '../http/guards.ts'
import type { RequestGuard } from '../http/rate-limit.ts'
import type { Ports } from '../platform/ports.ts'
import type { ResidentLayer } from './layer.ts'

/** Builds a per-client-address budget with its own name (shared across processes when it can). */
export type PerIpLimit = (
  name: string,
  window: { points: number; durationSeconds: number },
) => RequestGuard

/** The one object every feature plugin receives, built once in `app.ts`. */
export interface FeatureContext {
  config: Config
  /** The other ID-platform services: ports only, never their database. */
  platform: Ports
  resident: ResidentLayer
  guards: PublicGuards
  /** The proof of work behind `guards.captcha`; its challenges are served by a feature. */
  captcha: Captcha
  perIpLimit: PerIpLimit
}

/** A feature's routes: a Fastify plugin over the shared context (registered by `app.ts`). */
export type FeatureRoutes = (api: FastifyInstance, context: FeatureContext) => Promise<void> | void

/**
 * One resident service. `routes` go in the public scope under the API prefix (or `prefix`);
 * `residentRoutes` go in the logged-in scope, behind the session guard and the origin check.
 */
export interface Feature {
  name: string
  /** Where the public routes are mounted; default the MOSIP API prefix. */
  prefix?: string
  routes?: FeatureRoutes
  residentRoutes?: FeatureRoutes
}
