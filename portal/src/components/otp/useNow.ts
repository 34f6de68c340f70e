import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every second while `active`. Time left is always computed from
 * the clock, not by counting ticks, so a phone that paused the tab shows the right value.
 */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}
