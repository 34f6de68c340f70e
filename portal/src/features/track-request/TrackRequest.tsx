import { ComingSoon } from '../../components/ComingSoon.tsx'
import { EventIdField } from '../../components/EventIdField.tsx'
import { useDocumentTitle } from '../../components/useDocumentTitle.ts'
import { useServicesTranslation } from '../../i18n/useServicesTranslation.ts'
import { Link, useSearchParams } from '../../routing/router.tsx'

const EVENT_ID = /^[1-9][0-9]{15}$/

/**
 * Where the links in notifications lead (MOSIP's path, so old emails work too). Following a
 * request needs login, which comes next; until then the page keeps the Event ID at hand.
 */
export default function TrackRequest() {
  const { t } = useServicesTranslation()
  useDocumentTitle(t('services:track.title'))
  const [params] = useSearchParams()
  const eid = params.get('eid') ?? ''
  return (
    <div className="page page-track" data-testid="track-request">
      <h1>{t('services:track.title')}</h1>
      {EVENT_ID.test(eid) ? <EventIdField value={eid} /> : null}
      <p>{t('services:track.needsLogin')}</p>
      <ComingSoon />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  )
}
