import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useTranslation } from '../../i18n/useTranslation.ts'
import { Link } from '../../routing/router.tsx'

export default function NotFound() {
  const { t } = useTranslation()
  useDocumentTitle(t('notFound.title'))
  return (
    <div className="page page-not-found" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  )
}
