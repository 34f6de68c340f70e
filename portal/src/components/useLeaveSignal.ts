import { useCallback, useEffect, useRef } from 'react'

/**
 * The signal for a page's requests, aborted when the page goes, so an answer never lands on a
 * page that was left. The controller is made on mount: StrictMode's trial unmount in development
 * aborts one, and a controller made once with the ref would stay aborted for every later call.
 */
export function useLeaveSignal(): () => AbortSignal {
  const controller = useRef<AbortController | null>(null)
  useEffect(() => {
    const current = new AbortController()
    controller.current = current
    return () => current.abort()
  }, [])
  return useCallback(() => {
    controller.current ??= new AbortController()
    return controller.current.signal
  }, [])
}
