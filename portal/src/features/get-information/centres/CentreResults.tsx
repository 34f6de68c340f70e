import type { RegistrationCentre } from '../api.ts'
import { CentreCard } from './CentreCard.tsx'
import { Pagination } from './Pagination.tsx'
import './centre-results.css'

interface Props {
  centres: RegistrationCentre[]
  /** Present for a search by location (nearby results come in one list). */
  pagination?: {
    page: number
    totalPages: number
    pageSize: number
    onPage: (page: number) => void
    onPageSize: (size: number) => void
  }
}

/**
 * The list of centres and its pagination: a chunk of its own, loaded when a search starts, so a
 * resident opening the page downloads only the search form.
 */
export default function CentreResults({ centres, pagination }: Props) {
  return (
    <>
      <ol className="centre-list" data-testid="centre-list">
        {centres.map((centre) => (
          <CentreCard key={centre.id} centre={centre} />
        ))}
      </ol>
      {pagination ? <Pagination {...pagination} /> : null}
    </>
  )
}
