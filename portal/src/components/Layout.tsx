import { Suspense, useEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'
import logoUrl from '../assets/logo.svg?no-inline'
import { useTranslation } from '../i18n/useTranslation.ts'
import { Link, NavLink } from '../routing/router.tsx'
import { ConfigBanner } from './ConfigBanner.tsx'
import { LanguageSwitcher } from './LanguageSwitcher.tsx'
import { Loading } from './Loading.tsx'

/** The page frame: skip link, header with navigation and languages, main, footer. */
export function Layout() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // After a client-side navigation, move focus to the new content like a page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    window.scrollTo(0, 0)
    mainRef.current?.focus({ preventScroll: true })
  }, [pathname])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            <img src={logoUrl} alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/regcenter">{t('regcenter.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/document">{t('documents.title')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef}>
        <ConfigBanner />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
      </footer>
    </div>
  )
}
