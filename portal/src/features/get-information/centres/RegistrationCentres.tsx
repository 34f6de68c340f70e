import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useApi } from '../../../api/useApi.ts'
import { ErrorMessage } from '../../../components/ErrorMessage.tsx'
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts'
import { useConfig } from '../../../config/ConfigContext.tsx'
import { DEFAULT_NEARBY_METERS } from '../../../config/settings.ts'
import { useLanguage } from '../../../i18n/useLanguage.ts'
import { useCentresTranslation } from '../../../i18n/useServicesTranslation.ts'
import { useSearchParams } from '../../../routing/router.tsx'
import { getLocationLevels, type NearbySearch, nearbyCentres, searchCentres } from '../api.ts'
import { formatDistance } from './format.ts'
import { currentPosition, GeoError, type GeoFailure } from './geolocation.ts'
import { isNoneNearby, mayBePastTheEnd, noCentreReason } from './noResult.ts'
import { ResultsActions } from './ResultsActions.tsx'
import { SearchForm } from './SearchForm.tsx'
import { readSearchQuery, writeSearchQuery } from './searchParams.ts'
import './centres.css'

const loadResults = () => import('./CentreResults.tsx')
const CentreResults = lazy(loadResults)
/** Starts downloading the result list while the search request is under way. */
const preloadResults = () => {
  loadResults().catch(() => {})
}

type NearState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'failed'; reason: GeoFailure }
  | { status: 'located'; near: NearbySearch }

/** Registration centres: search by location name, or list the centres near the resident. */
export default function RegistrationCentres() {
  const { t } = useCentresTranslation()
  const { code, locale } = useLanguage()
  const { state: config } = useConfig()
  useDocumentTitle(t('regcenter.title'))

  const [params, setParams] = useSearchParams()
  const query = readSearchQuery(params)
  const [near, setNear] = useState<NearState>({ status: 'idle' })
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const focusResults = useRef(false)

  const distanceMeters =
    config.status === 'ready' ? config.settings.nearbyDistanceMeters : DEFAULT_NEARBY_METERS
  const distanceText = formatDistance(distanceMeters, locale)

  const levels = useApi((signal) => getLocationLevels(code, { signal }), [code])

  // Names match in the language the text was typed in; the centres come back in this one.
  const nameLangCode = query?.textLang && query.textLang !== code ? query.textLang : undefined
  const search = useApi(
    query
      ? (signal) =>
          searchCentres(
            code,
            {
              level: query.level,
              text: query.text,
              nameLangCode,
              pageNumber: query.page - 1,
              pageSize: query.size,
            },
            { signal },
          )
      : null,
    [code, query?.level, query?.text, nameLangCode, query?.page, query?.size],
  )

  const nearQuery = near.status === 'located' && !query ? near.near : undefined
  const nearby = useApi(nearQuery ? (signal) => nearbyCentres(code, nearQuery, { signal }) : null, [
    code,
    nearQuery?.latitude,
    nearQuery?.longitude,
    nearQuery?.distanceMeters,
  ])

  const totalPages =
    search.status === 'success'
      ? search.data.totalPages ||
        Math.ceil(search.data.totalItems / Math.max(search.data.pageSize || query?.size || 10, 1))
      : 0
  // The search a page belongs to (a page number does not make another search).
  const searchKey = query ? `${query.level}\u0000${query.text}\u0000${query.textLang ?? ''}` : ''
  // A page past the end (an old link, fewer centres since): the last page is shown instead. A
  // server that answers it with "not found" (as MOSIP does) is asked for the first page, which
  // tells how many there are; then the last one is opened.
  const seekLastPage = useRef('')
  const retryFirstPage =
    query !== undefined && search.status === 'error' && mayBePastTheEnd(search.error, query.page)
  const pastLastPage =
    query !== undefined &&
    search.status === 'success' &&
    search.data.totalItems > 0 &&
    (query.page > totalPages || (seekLastPage.current === searchKey && totalPages > query.page))
  // A link without the text's language: once its text has found centres in this language, the
  // URL says so, and a language switch keeps finding them.
  const pinTextLang =
    query !== undefined &&
    query.textLang === undefined &&
    search.status === 'success' &&
    search.data.totalItems > 0

  // Corrections of the address, not new steps: they replace the history entry.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `query` is rebuilt every render; the flags say when it needs correcting.
  useEffect(() => {
    if (!query) return
    if (retryFirstPage) {
      seekLastPage.current = searchKey
      setParams(writeSearchQuery({ ...query, page: 1 }), { replace: true })
      return
    }
    // The first page has answered: the seek ends here, at its last page or on it.
    if (search.status !== 'loading') seekLastPage.current = ''
    if (pastLastPage) {
      setParams(writeSearchQuery({ ...query, page: Math.max(totalPages, 1) }), { replace: true })
    } else if (pinTextLang) {
      setParams(writeSearchQuery({ ...query, textLang: code }), { replace: true })
    }
  }, [retryFirstPage, pastLastPage, pinTextLang, totalPages, code, setParams, search.status])

  // After a page change, continue reading from the top of the new results.
  useEffect(() => {
    if (search.status === 'success' && focusResults.current) {
      focusResults.current = false
      resultsHeading.current?.focus()
      resultsHeading.current?.scrollIntoView({ block: 'start' })
    }
  }, [search.status])

  // A search in the address bar (link, Back, reload) needs the result list at once.
  if (query) preloadResults()

  const runSearch = (level: number, text: string) => {
    preloadResults()
    setNear({ status: 'idle' })
    // The text is in the language shown, unless it is the text of the current search, still
    // in the language it was first typed in (e.g. only the location type changed).
    const textLang = query?.text === text && query.textLang ? query.textLang : code
    setParams(writeSearchQuery({ level, text, textLang, page: 1, size: query?.size ?? 10 }))
  }

  const goToPage = (page: number, size = query?.size ?? 10) => {
    if (!query) return
    focusResults.current = true
    setParams(writeSearchQuery({ ...query, page, size }))
  }

  const findNearby = () => {
    preloadResults()
    setNear({ status: 'locating' })
    if (query) setParams(new URLSearchParams())
    currentPosition()
      .then((point) => setNear({ status: 'located', near: { ...point, distanceMeters } }))
      .catch((error: unknown) =>
        setNear({
          status: 'failed',
          reason: error instanceof GeoError ? error.reason : 'unavailable',
        }),
      )
  }

  // What the live status region says: one short sentence for every state.
  let status = ''
  let statusError: unknown
  let showResults = false
  if (query) {
    const noCentre = search.status === 'error' ? noCentreReason(search.error) : undefined
    if (search.status === 'loading' || pastLastPage || retryFirstPage) {
      status = t('centres:searching')
    } else if (search.status === 'error') {
      if (noCentre === 'unknownLocation') {
        status = t('centres:unknownLocation', { text: query.text })
      } else if (noCentre) status = t('centres:noneFound', { text: query.text })
      else statusError = search.error
    } else if (search.status === 'success') {
      const total = search.data.totalItems
      status =
        total > 0
          ? t('centres:found', { count: total })
          : t('centres:noneFound', { text: query.text })
      showResults = total > 0
    }
  } else if (near.status === 'locating') status = t('centres:locating')
  else if (near.status === 'failed') status = t(`centres:geo.${near.reason}`)
  else if (near.status === 'located') {
    if (nearby.status === 'loading') status = t('centres:searching')
    else if (nearby.status === 'error') {
      if (isNoneNearby(nearby.error)) status = t('centres:noneNearby', { distance: distanceText })
      else statusError = nearby.error
    } else if (nearby.status === 'success') {
      const count = nearby.data.length
      status =
        count > 0
          ? t('centres:foundNearby', { count, distance: distanceText })
          : t('centres:noneNearby', { distance: distanceText })
      showResults = count > 0
    }
  }

  const centres =
    query && search.status === 'success'
      ? search.data.data
      : !query && nearby.status === 'success'
        ? nearby.data
        : []

  return (
    <div className="page page-regcenter">
      <h1>{t('regcenter.title')}</h1>
      <p className="lead">{t('centres:intro')}</p>

      <div className="finders">
        <section className="panel" aria-labelledby="search-heading">
          <h2 id="search-heading">{t('centres:searchHeading')}</h2>
          <SearchForm
            levels={levels}
            initialLevel={query?.level}
            initialText={query?.text ?? ''}
            onSearch={runSearch}
          />
        </section>

        <section className="panel" aria-labelledby="near-heading">
          <h2 id="near-heading">{t('centres:nearHeading')}</h2>
          <p className="field-hint">{t('centres:nearHint', { distance: distanceText })}</p>
          <button
            type="button"
            className="button"
            data-testid="near-me"
            disabled={near.status === 'locating'}
            onClick={findNearby}
          >
            {t('centres:nearButton')}
          </button>
        </section>
      </div>

      <section className="results" aria-labelledby="results-heading">
        <div className="results-header">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('centres:resultsHeading')}
          </h2>
          {showResults && query ? <ResultsActions results={{ mode: 'search', query }} /> : null}
          {showResults && !query && nearQuery ? (
            <ResultsActions results={{ mode: 'nearby', near: nearQuery }} />
          ) : null}
        </div>
        <div
          role="status"
          aria-live="polite"
          className="results-status"
          data-testid="results-status"
        >
          {status ? <p>{status}</p> : null}
          {statusError ? (
            <ErrorMessage error={statusError} onRetry={query ? search.reload : nearby.reload} />
          ) : null}
        </div>
        {!query && near.status === 'idle' ? (
          <p className="muted">{t('centres:resultsEmpty')}</p>
        ) : null}
        {showResults ? (
          <Suspense fallback={null}>
            <CentreResults
              centres={centres}
              pagination={
                query && search.status === 'success'
                  ? {
                      page: query.page,
                      totalPages,
                      pageSize: query.size,
                      onPage: (page) => goToPage(page),
                      onPageSize: (size) => goToPage(1, size),
                    }
                  : undefined
              }
            />
          </Suspense>
        ) : null}
      </section>
    </div>
  )
}
