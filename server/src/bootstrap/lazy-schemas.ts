// Route schemas compiled on first use instead of at start-up. Compiling every route's validators
// (ajv) and response serializers (fast-json-stringify) was about a third of a warm start's CPU
// time; `npm start` gets ready without it and compiles the rest in the background right after
// (`compileRemaining`), so no resident pays for it on a first request either. Tests keep the
// eager default, so a schema that does not compile still fails there first.
import AjvCompiler from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>
type AnyFunction = (...args: unknown[]) => unknown

export interface LazySchemas {
  /** Fastify's `schemaController.compilersFactory`: the default compilers, deferred. */
  compilersFactory: CompilersFactory
  /** Schemas registered but not compiled yet. */
  pending(): number
  /**
   * Compiles what is still pending, one schema per turn of the event loop so requests keep
   * being served in between. Resolves with how many it compiled.
   */
  compileRemaining(): Promise<number>
}

export function lazySchemas(): LazySchemas {
  const queue: Array<() => unknown> = []
  const buildValidator = AjvCompiler()
  const buildSerializer = SerializerSelector()

  /** A stand-in for `compile()`'s function that compiles on its first call (or property read). */
  function deferred(compile: () => AnyFunction): AnyFunction {
    let real: AnyFunction | undefined
    const get = () => {
      real ??= compile()
      return real
    }
    const stand = (...args: unknown[]) => get()(...args)
    // Fastify reads ajv's `errors` after a failed call and `schemaEnv` before calling (it then
    // passes the parent so coercion can replace the root value): both come from the real one.
    for (const property of ['errors', 'schemaEnv'] as const) {
      Object.defineProperty(stand, property, {
        get: () => (get() as unknown as Record<string, unknown>)[property],
      })
    }
    queue.push(get)
    return stand
  }

  const compilersFactory: CompilersFactory = {
    buildValidator: (externalSchemas, options) => {
      const compile = buildValidator(externalSchemas, options as never)
      return (route) => deferred(() => compile(route as never) as unknown as AnyFunction) as never
    },
    buildSerializer: (externalSchemas, options) => {
      const compile = buildSerializer(externalSchemas, options as never)
      return (route) => deferred(() => compile(route as never) as unknown as AnyFunction) as never
    },
  }

  return {
    compilersFactory,
    pending: () => queue.length,
    async compileRemaining() {
      let compiled = 0
      for (let next = queue.shift(); next; next = queue.shift()) {
        await new Promise((resolve) => setImmediate(resolve))
        next()
        compiled++
      }
      return compiled
    },
  }
}
