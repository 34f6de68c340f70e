import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify'
import type { Feature, FeatureContext } from '../resident/context.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The feature whose plugin this instance belongs to (unset outside features). */
    featureName?: string
  }
}

/** Which feature registered each route ("GET /resident/v1/…" → name): for the architecture test. */
export const routeOwners = new WeakMap<FastifyInstance, Map<string, string | null>>()

/**
 * Mounts every feature: its public routes under the API prefix (or its own prefix), its
 * logged-in routes inside one scope whose guards run first on every route, so no protected
 * route can forget them. Each feature's plugin is encapsulated and named.
 */
export async function mountFeatures(
  app: FastifyInstance,
  features: readonly Feature[],
  context: FeatureContext,
  options: {
    apiPrefix: string
    /** Hooks every feature route runs first, public and logged-in alike. */
    everyRoute?: onRequestAsyncHookHandler[]
    residentGuards: onRequestAsyncHookHandler[]
  },
): Promise<void> {
  const everyRoute = options.everyRoute ?? []
  const owners = new Map<string, string | null>()
  routeOwners.set(app, owners)
  app.addHook('onRoute', function record(route) {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    for (const method of methods) owners.set(`${method} ${route.url}`, this.featureName ?? null)
  })

  for (const feature of features) {
    const routes = feature.routes
    if (!routes) continue
    await app.register(
      async (api) => {
        api.decorate('featureName', feature.name)
        for (const hook of everyRoute) api.addHook('onRequest', hook)
        await routes(api, context)
      },
      { prefix: feature.prefix ?? options.apiPrefix },
    )
  }

  await app.register(
    async (scope) => {
      for (const guard of [...everyRoute, ...options.residentGuards]) {
        scope.addHook('onRequest', guard)
      }
      for (const feature of features) {
        const routes = feature.residentRoutes
        if (!routes) continue
        await scope.register(async (api) => {
          api.decorate('featureName', feature.name)
          await routes(api, context)
        })
      }
    },
    { prefix: options.apiPrefix },
  )
}
