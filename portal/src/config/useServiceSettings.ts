import { useMemo } from 'react'
import { useConfig } from './ConfigContext.tsx'
import { type ServiceSettings, serviceSettingsFrom } from './serviceSettings.ts'

const NONE = {}

/**
 * The settings a service page needs, once known: while they load the page waits (usually they
 * are already there); when they could not be loaded, MOSIP's defaults (the banner at the top
 * offers "Try again").
 */
export function useServiceSettings(): ServiceSettings | undefined {
  const { state } = useConfig()
  const properties =
    state.status === 'ready'
      ? state.settings.properties
      : state.status === 'error'
        ? NONE
        : undefined
  return useMemo(() => (properties ? serviceSettingsFrom(properties) : undefined), [properties])
}
