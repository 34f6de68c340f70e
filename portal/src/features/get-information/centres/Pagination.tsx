import { useId } from 'react'
import { useCentresTranslation } from '../../../i18n/useServicesTranslation.ts'
import { PAGE_SIZES } from './searchParams.ts'

interface Props {
  /** One-based. */
  page: number
  totalPages: number
  pageSize: number
  onPage: (page: number) => void
  onPageSize: (size: number) => void
}

/** Previous / next, "Page x of y" and the number of centres per page. */
export function Pagination({ page, totalPages, pageSize, onPage, onPageSize }: Props) {
  const { t } = useCentresTranslation()
  const sizeId = useId()
  const pages = Math.max(totalPages, 1)
  return (
    <nav className="pagination" aria-label={t('centres:pagination.label')} data-testid="pagination">
      <div className="pagination-pages">
        <button
          type="button"
          className="button button-secondary"
          data-testid="page-previous"
          disabled={page <= 1}
          onClick={() => onPage(Math.min(page - 1, pages))}
        >
          <span aria-hidden="true" className="arrow arrow-back" />
          {t('centres:pagination.previous')}
        </button>
        <p className="pagination-status" data-testid="page-status">
          {t('centres:pagination.status', { page, total: pages })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          data-testid="page-next"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          {t('centres:pagination.next')}
          <span aria-hidden="true" className="arrow arrow-forward" />
        </button>
      </div>
      <div className="pagination-size">
        <label htmlFor={sizeId}>{t('centres:pagination.pageSize')}</label>
        <select
          id={sizeId}
          data-testid="page-size"
          value={pageSize}
          onChange={(event) => onPageSize(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </nav>
  )
}
