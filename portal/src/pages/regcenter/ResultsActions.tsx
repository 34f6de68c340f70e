import type { NearbySearch } from '../../api/masterdata.ts'
import type { SearchQuery } from './searchParams.ts'

export type ResultsQuery =
  | { mode: 'search'; query: SearchQuery }
  | { mode: 'nearby'; near: NearbySearch }

/**
 * Actions on the current result list. This is where the "Download PDF" button goes (MOSIP's
 * `/download/registration-centers-list` for a search, `/download/nearestRegistrationcenters` for
 * centres near me); until that download exists it renders nothing, so there is no dead button.
 */
export function ResultsActions(_props: { results: ResultsQuery }) {
  return null
}
