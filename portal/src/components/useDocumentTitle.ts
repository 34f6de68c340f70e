import { useEffect } from 'react'
import { useTranslation } from '../i18n/useTranslation.ts'

/** Sets `document.title` to "Page – Portal name" in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation()
  const appName = t('app.name')
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${appName}` : appName
  }, [pageTitle, appName])
}
