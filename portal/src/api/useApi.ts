import { type DependencyList, useCallback, useEffect, useState } from 'react'
import { isAbort } from './client.ts'

export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown }

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]))

/**
 * Runs `load` when `deps` change (or not at all while it is null), aborting the previous
 * request, and exposes its state plus a `reload` for "Try again". A result is only reported for
 * the request it belongs to: right after `deps` change the state is "loading", never stale data.
 */
export function useApi<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
): ApiState<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [result, setResult] = useState<{ deps: DependencyList; state: ApiState<T> }>({
    deps: [],
    state: { status: 'idle' },
  })
  const current = [...deps, attempt]

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `load` uses.
  useEffect(() => {
    if (!load) return
    const requestDeps = [...deps, attempt]
    const controller = new AbortController()
    setResult({ deps: requestDeps, state: { status: 'loading' } })
    // Sent a microtask later: an effect that is undone at once (StrictMode mounts every effect,
    // unmounts and mounts it again, all in one go) never reaches the server, so a page load asks
    // once, not twice with the first request cancelled.
    queueMicrotask(() => {
      if (controller.signal.aborted) return
      load(controller.signal)
        .then((data) => setResult({ deps: requestDeps, state: { status: 'success', data } }))
        .catch((error: unknown) => {
          if (!isAbort(error)) setResult({ deps: requestDeps, state: { status: 'error', error } })
        })
    })
    return () => controller.abort()
  }, [...deps, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const state: ApiState<T> = !load
    ? { status: 'idle' }
    : sameDeps(result.deps, current)
      ? result.state
      : { status: 'loading' }
  return { ...state, reload }
}
