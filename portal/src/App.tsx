import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { LanguageSync } from './components/LanguageSync.tsx'
import { Layout } from './components/Layout.tsx'
import { ConfigProvider } from './config/ConfigContext.tsx'
import { loadNamespace } from './i18n/i18n.ts'
import type { PageNamespace } from './i18n/useServicesTranslation.ts'
import { LegacyHashRedirect } from './routing/LegacyHashRedirect.tsx'
import { BrowserRouter } from './routing/router.tsx'

/** A page with its own strings: its code and its namespace of strings arrive together. */
const withStrings =
  <T,>(namespace: PageNamespace, page: () => Promise<T>) =>
  () =>
    Promise.all([page(), loadNamespace(namespace)]).then(([module]) => module)
const withServices = <T,>(page: () => Promise<T>) => withStrings('services', page)

// Each page is its own chunk: the first page loads only its own code.
const pages = {
  '/': () => import('./features/home/Home.tsx'),
  '/regcenter': withStrings(
    'centres',
    () => import('./features/get-information/centres/RegistrationCentres.tsx'),
  ),
  '/document': () => import('./features/get-information/documents/SupportingDocuments.tsx'),
  '/getuin': withServices(() => import('./features/get-my-uin/GetMyUin.tsx')),
  '/verify': withServices(() => import('./features/verify/VerifyContact.tsx')),
  '/dev/mailbox': withServices(() => import('./features/dev-mailbox/DevMailbox.tsx')),
  '/uinservices/trackservicerequest': withServices(
    () => import('./features/track-request/TrackRequest.tsx'),
  ),
  notFound: () => import('./features/not-found/NotFound.tsx'),
}
const Home = lazy(pages['/'])
const RegistrationCentres = lazy(pages['/regcenter'])
const SupportingDocuments = lazy(pages['/document'])
const GetMyUin = lazy(pages['/getuin'])
const VerifyContact = lazy(pages['/verify'])
const DevMailbox = lazy(pages['/dev/mailbox'])
const TrackRequest = lazy(pages['/uinservices/trackservicerequest'])
const NotFound = lazy(pages.notFound)

const isPagePath = (path: string): path is Exclude<keyof typeof pages, 'notFound'> =>
  path !== 'notFound' && Object.hasOwn(pages, path)

/** Starts downloading the page for `pathname` (used at boot, beside the language file). */
export function preloadPage(pathname: string): void {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  const load = isPagePath(path) ? pages[path] : pages.notFound
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
            <Route path="getuin" element={<GetMyUin />} />
            <Route path="verify" element={<VerifyContact />} />
            <Route path="dev/mailbox" element={<DevMailbox />} />
            <Route path="uinservices/trackservicerequest" element={<TrackRequest />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  )
}
