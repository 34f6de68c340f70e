import { createContext, type ReactNode, use, useCallback, useEffect, useState } from 'react'
import { getUiProperties, type UiProperties } from '../api/config.ts'
import { type Settings, settingsFrom } from './settings.ts'

export type ConfigState =
  | { status: 'loading'; settings?: undefined; error?: undefined }
  | { status: 'ready'; settings: Settings; error?: undefined }
  | { status: 'error'; settings?: undefined; error: unknown }

interface ConfigContextValue {
  state: ConfigState
  retry: () => void
}

const ConfigContext = createContext<ConfigContextValue>({
  state: { status: 'loading' },
  retry: () => {},
})

const TIMEOUT_MS = 15_000
let firstLoad: Promise<UiProperties> | undefined

/** Starts loading ui-properties at boot, in parallel with the language file (see main.tsx). */
export function startConfigLoad(): Promise<UiProperties> {
  if (!firstLoad) {
    firstLoad = getUiProperties({ timeoutMs: TIMEOUT_MS })
    // Handled by the provider; this only keeps an early failure from being reported as unhandled.
    firstLoad.catch(() => {})
  }
  return firstLoad
}

/**
 * Loads ui-properties once in the background. The shell renders at once; pages that need a
 * setting read `state` and show what they can while it loads or after it failed.
 */
export function ConfigProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ConfigState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    // The first attempt reuses the request started at boot; "Try again" makes a new one.
    const request = attempt === 0 ? startConfigLoad() : getUiProperties({ timeoutMs: TIMEOUT_MS })
    request
      .then((properties) => {
        if (current) setState({ status: 'ready', settings: settingsFrom(properties) })
      })
      .catch((error: unknown) => {
        if (current) setState({ status: 'error', error })
      })
    return () => {
      current = false
    }
  }, [attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return <ConfigContext value={{ state, retry }}>{children}</ConfigContext>
}

export function useConfig(): ConfigContextValue {
  return use(ConfigContext)
}
