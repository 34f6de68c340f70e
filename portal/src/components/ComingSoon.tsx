import { useTranslation } from '../i18n/useTranslation.ts'

/**
 * Plainly marks a service that is not available yet: a status line with a clock, not a pill
 * that could pass for a button (text, not colour alone; no dead link).
 */
export function ComingSoon() {
  const { t } = useTranslation()
  return (
    <p className="status-note" data-testid="coming-soon">
      <svg
        className="status-note-icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="18"
        height="18"
      >
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
        <path
          d="M12 7v5l3 2"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      {t('common.comingSoon')}
    </p>
  )
}
