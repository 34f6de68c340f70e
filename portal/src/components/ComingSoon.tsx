import { useTranslation } from '../i18n/useTranslation.ts'

/** Plainly marks a service that is not available yet (text, not colour alone; no dead link). */
export function ComingSoon() {
  const { t } = useTranslation()
  return (
    <p className="badge" data-testid="coming-soon">
      {t('common.comingSoon')}
    </p>
  )
}
