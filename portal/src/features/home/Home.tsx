import type { ReactNode } from 'react'
import { ComingSoon } from '../../components/ComingSoon.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useConfig } from '../../config/ConfigContext.tsx'
import { preRegistrationLink } from '../../config/settings.ts'
import { useLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.ts'
import { Link } from '../../routing/router.tsx'
import './home.css'

interface TileProps {
  id: string
  title: ReactNode
  children: ReactNode
}

/** One service on the landing page: a titled card; its links and buttons are real controls. */
function Tile({ id, title, children }: TileProps) {
  return (
    <li className="tile" data-testid={`tile-${id}`}>
      <section aria-labelledby={`tile-${id}-title`}>
        <h2 id={`tile-${id}-title`} className="tile-title">
          {title}
        </h2>
        {children}
      </section>
    </li>
  )
}

function BookAppointment() {
  const { t } = useTranslation()
  const { state } = useConfig()
  const { code } = useLanguage()
  if (state.status === 'loading') {
    return <p className="muted">{t('home.book.loading')}</p>
  }
  const base = state.status === 'ready' ? state.settings.preRegistrationUrl : undefined
  // After a failed load the banner at the top offers "Try again".
  if (!base) return <p className="muted">{t('home.book.unavailable')}</p>
  const href = preRegistrationLink(base, code)
  return (
    <ul className="link-list" data-testid="booking-links">
      <li>
        <a href={href}>{t('home.book.new')}</a>
      </li>
      <li>
        <a href={href}>{t('home.book.lost')}</a>
      </li>
      <li>
        <a href={href}>{t('home.book.update')}</a>
      </li>
    </ul>
  )
}

export default function Home() {
  const { t } = useTranslation()
  useDocumentTitle(t('home.title'))

  return (
    <div className="page page-home">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <ul className="tiles">
        <Tile id="get-information" title={<Link to="/regcenter">{t('home.getInfo.title')}</Link>}>
          <p>{t('home.getInfo.description')}</p>
          <ul className="link-list">
            <li>
              <Link to="/regcenter">{t('regcenter.title')}</Link>
            </li>
            <li>
              <Link to="/document">{t('documents.title')}</Link>
            </li>
          </ul>
        </Tile>

        <Tile id="get-uin" title={<Link to="/getuin">{t('home.getUin.title')}</Link>}>
          <p>{t('home.getUin.description')}</p>
        </Tile>

        <Tile id="verify" title={<Link to="/verify">{t('home.verify.title')}</Link>}>
          <p>{t('home.verify.description')}</p>
        </Tile>

        <Tile id="uin-services" title={t('home.uinServices.title')}>
          <p>{t('home.uinServices.description')}</p>
          <ul className="service-list" data-testid="uin-services-list">
            <li>{t('home.services.history')}</li>
            <li>{t('home.services.vids')}</li>
            <li>{t('home.services.secure')}</li>
            <li>{t('home.services.track')}</li>
            <li>{t('home.services.card')}</li>
            <li>{t('home.services.share')}</li>
            <li>{t('home.services.update')}</li>
            <li>{t('home.services.physicalCard')}</li>
            <li>{t('home.services.grievance')}</li>
          </ul>
          <ComingSoon />
        </Tile>

        <Tile id="book-appointment" title={t('home.book.title')}>
          <p>{t('home.book.description')}</p>
          <BookAppointment />
        </Tile>
      </ul>
    </div>
  )
}
