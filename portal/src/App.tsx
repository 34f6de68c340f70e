import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { LanguageSync } from './components/LanguageSync.tsx'
import { Layout } from './components/Layout.tsx'
import { ConfigProvider } from './config/ConfigContext.tsx'
import { LegacyHashRedirect } from './routing/LegacyHashRedirect.tsx'
import { BrowserRouter } from './routing/router.tsx'

// Each page is its own chunk: the first page loads only its own code.
const pages = {
  '/': () => import('./pages/Home.tsx'),
  '/regcenter': () => import('./pages/RegistrationCentres.tsx'),
  '/document': () => import('./pages/SupportingDocuments.tsx'),
  notFound: () => import('./pages/NotFound.tsx'),
}
const Home = lazy(pages['/'])
const RegistrationCentres = lazy(pages['/regcenter'])
const SupportingDocuments = lazy(pages['/document'])
const NotFound = lazy(pages.notFound)

/** Starts downloading the page for `pathname` (used at boot, beside the language file). */
export function preloadPage(pathname: string): void {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  const load =
    path === '/' || path === '/regcenter' || path === '/document' ? pages[path] : pages.notFound
  load().catch(() => {})
}

export function App() {
  return (
    <ConfigProvider>
      <LanguageSync />
      <BrowserRouter>
        <LegacyHashRedirect />
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="regcenter" element={<RegistrationCentres />} />
            <Route path="document" element={<SupportingDocuments />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  )
}
