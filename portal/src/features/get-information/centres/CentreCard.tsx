import { useId } from 'react'
import { useLanguage } from '../../../i18n/useLanguage.ts'
import { type PageT, useCentresTranslation } from '../../../i18n/useServicesTranslation.ts'
import type { RegistrationCentre } from '../api.ts'
import { formatDate, formatDistance, formatList, formatTime, telHref } from './format.ts'

function timeRange(start: string, end: string, locale: string, t: PageT<'centres'>) {
  const from = formatTime(start, locale)
  const to = formatTime(end, locale)
  if (!from || !to) return undefined
  return t('centres:timeRange', { start: from, end: to })
}

/** One registration centre with everything a resident needs before going there. */
export function CentreCard({ centre }: { centre: RegistrationCentre }) {
  const { t } = useCentresTranslation()
  const { locale } = useLanguage()
  const titleId = useId()
  const address = [centre.addressLine1, centre.addressLine2, centre.addressLine3].filter(
    (line) => line && line.trim() !== '',
  )
  const tel = centre.contactPhone ? telHref(centre.contactPhone) : undefined
  const hours = timeRange(centre.centerStartTime, centre.centerEndTime, locale, t)
  const lunch =
    centre.lunchStartTime && centre.lunchStartTime !== centre.lunchEndTime
      ? timeRange(centre.lunchStartTime, centre.lunchEndTime, locale, t)
      : undefined
  const days = [...(centre.workingDays ?? [])]
    .sort((a, b) => a.order - b.order)
    .map((d) => d.displayName || d.name)
  const holidays = centre.holidays ?? []

  return (
    <li className="centre-card" data-testid="centre-card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="centre-name">
          <bdi>{centre.name}</bdi>
        </h3>
        {centre.distanceMeters !== undefined ? (
          <p className="centre-distance" data-testid="centre-distance">
            {t('centres:distanceAway', {
              distance: formatDistance(centre.distanceMeters, locale),
            })}
          </p>
        ) : null}
        <dl className="centre-details">
          {address.length > 0 ? (
            <div>
              <dt>{t('centres:address')}</dt>
              <dd>
                <address>
                  {address.map((line, i) => (
                    // Address lines have no identity of their own; their order is fixed.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                    <span key={i} className="address-line">
                      <bdi>{line}</bdi>
                    </span>
                  ))}
                </address>
              </dd>
            </div>
          ) : null}
          {centre.contactPhone ? (
            <div>
              <dt>{t('centres:phone')}</dt>
              <dd>
                {tel ? (
                  <a href={tel} dir="ltr" data-testid="centre-phone">
                    {centre.contactPhone}
                  </a>
                ) : (
                  <bdi dir="ltr">{centre.contactPhone}</bdi>
                )}
              </dd>
            </div>
          ) : null}
          {centre.contactPerson ? (
            <div>
              <dt>{t('centres:contactPerson')}</dt>
              <dd>
                <bdi>{centre.contactPerson}</bdi>
              </dd>
            </div>
          ) : null}
          {hours ? (
            <div>
              <dt>{t('centres:openingHours')}</dt>
              <dd data-testid="centre-hours">{hours}</dd>
            </div>
          ) : null}
          {lunch ? (
            <div>
              <dt>{t('centres:lunchBreak')}</dt>
              <dd>{lunch}</dd>
            </div>
          ) : null}
          {days.length > 0 ? (
            <div>
              <dt>{t('centres:workingDays')}</dt>
              <dd data-testid="centre-days">{formatList(days, locale)}</dd>
            </div>
          ) : null}
          {holidays.length > 0 ? (
            <div>
              <dt>{t('centres:holidays')}</dt>
              <dd>
                <ul className="holiday-list" data-testid="centre-holidays">
                  {holidays.map((holiday) => (
                    <li key={`${holiday.holidayDate}-${holiday.holidayName}`}>
                      <time dateTime={holiday.holidayDate.slice(0, 10)}>
                        {formatDate(holiday.holidayDate, locale)}
                      </time>
                      {holiday.holidayName ? (
                        <>
                          {' – '}
                          <bdi>{holiday.holidayName}</bdi>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
      </article>
    </li>
  )
}
