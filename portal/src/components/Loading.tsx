import { useTranslation } from '../i18n/useTranslation.ts'

/** Shown while a page's code or data loads. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  )
}
