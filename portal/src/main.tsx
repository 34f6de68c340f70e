import { StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadPage } from './App.tsx'
import { startConfigLoad } from './config/ConfigContext.tsx'
import { currentLanguage, i18nReady, translator } from './i18n/i18n.ts'
import { legacyHashTarget } from './routing/legacyHash.ts'
import './styles/app.css'

// Old MOSIP links (`/#/regcenter`, `/#/dashboard`, …) become real paths before the router starts.
const legacy = legacyHashTarget(window.location.hash)
if (legacy) window.history.replaceState(null, '', legacy)

// Fetch the configuration and this page's code while the language file downloads.
startConfigLoad()
preloadPage(window.location.pathname)

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
const root = createRoot(container)

/** Without any strings nothing can be said in the resident's language: a neutral fallback. */
function BootError() {
  return (
    <main className="boot-error">
      <h1>Resident Portal</h1>
      <p>The page could not be loaded. Check your connection and try again.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  )
}

// Only the chosen language's strings are awaited (index.html shows a spinner meanwhile); the
// configuration loads in the background and never blocks the first paint.
i18nReady
  .catch(() => undefined)
  .then(() => {
    if (!translator.hasResourceBundle(currentLanguage(), 'translation')) {
      root.render(<BootError />)
      return
    }
    root.render(
      <StrictMode>
        <Suspense fallback={<div className="boot" aria-hidden="true" />}>
          <App />
        </Suspense>
      </StrictMode>,
    )
  })
