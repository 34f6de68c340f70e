import { DownloadLink } from '../../../components/DownloadLink.tsx'
import { useLanguage } from '../../../i18n/useLanguage.ts'
import { useCentresTranslation } from '../../../i18n/useServicesTranslation.ts'
import type { NearbySearch } from '../api.ts'
import { centreListPdfUrl, nearbyCentresPdfUrl } from '../api.ts'
import type { SearchQuery } from './searchParams.ts'

export type ResultsQuery =
  | { mode: 'search'; query: SearchQuery }
  | { mode: 'nearby'; near: NearbySearch }

/**
 * Actions on the current result list: "Download PDF" of the list shown, in the language shown
 * (MOSIP's `/download/registration-centers-list` for a search, `/download/nearestRegistrationcenters`
 * for centres near me). Shown only while there are results.
 */
export function ResultsActions({ results }: { results: ResultsQuery }) {
  const { t } = useCentresTranslation()
  const { code, locale } = useLanguage()
  const href =
    results.mode === 'search'
      ? centreListPdfUrl(code, {
          level: results.query.level,
          text: results.query.text,
          nameLangCode: results.query.textLang,
        })
      : nearbyCentresPdfUrl(code, results.near)
  return (
    <div className="results-actions">
      <DownloadLink href={href} hrefLang={locale} testId="download-centres">
        {t('centres:download')}
      </DownloadLink>
    </div>
  )
}
