import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { legacyHashTarget } from './legacyHash.ts'

/**
 * Old MOSIP hash links opened in a tab that already shows the portal change only the fragment
 * (no page load), so main.tsx never sees them: redirect those too.
 */
export function LegacyHashRedirect() {
  const navigate = useNavigate()
  useEffect(() => {
    const onHashChange = () => {
      const target = legacyHashTarget(window.location.hash)
      if (target) navigate(target, { replace: true })
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [navigate])
  return null
}
