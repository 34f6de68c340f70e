import { sql } from 'kysely'
import type { Database } from '../../../db/database.ts'
import { escapeLike, foldForSearch } from '../../../text/fold.ts'
import type { CentrePage, CentreSearch, RegistrationCenter, SortField } from '../../masterdata.ts'
import { type CentreRow, type HolidayRow, presentCentre, type WorkingDayRow } from './presenters.ts'

/** Today as YYYY-MM-DD: upcoming holidays are those on this day or later. */
export type Today = () => string

const SORT_COLUMNS = {
  createdDateTime: 'c.created_at',
  name: 'c.name',
  id: 'c.id',
} as const satisfies Record<SortField, string>

/** Active centres in one language. */
function activeCentres(db: Database, langCode: string) {
  return db
    .selectFrom('md_center as c')
    .where('c.lang_code', '=', langCode)
    .where('c.is_active', '=', true)
}

/** Locations (of any level) lying in a location at `level` whose folded name matches. */
function locationsUnder(
  db: Database,
  langCode: string,
  level: number,
  folded: { like: string } | { anyOf: string[] },
) {
  const query = db
    .selectFrom('md_location as l')
    .innerJoin('md_location_ancestor as a', 'a.ancestor_code', 'l.code')
    .select('a.location_code')
    .where('l.lang_code', '=', langCode)
    .where('l.level', '=', level)
  return 'like' in folded
    ? query.where('l.name_folded', 'like', folded.like)
    : query.where('l.name_folded', 'in', folded.anyOf)
}

/**
 * One page of matching centres. The total rides on the page rows (count(*) OVER ()), so a page
 * costs one query plus the calendar; only a page past the end needs a separate count.
 */
export async function searchCentres(
  db: Database,
  today: Today,
  search: CentreSearch,
): Promise<CentrePage> {
  const pattern = `%${escapeLike(foldForSearch(search.text))}%`
  const textLang = search.textLangCode ?? search.langCode
  const places = locationsUnder(db, textLang, search.hierarchyLevel, { like: pattern })
  const matching = activeCentres(db, search.langCode).where('c.location_code', 'in', places)
  const pageSize = Math.max(1, Math.floor(search.pageSize))
  const pageNumber = Math.max(0, Math.floor(search.pageNumber))
  const column = SORT_COLUMNS[search.sortBy] ?? SORT_COLUMNS.name
  const direction = search.orderBy === 'desc' ? 'desc' : 'asc'
  let query = matching
    .selectAll('c')
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .orderBy(column, direction)
  // Equal names (or timestamps) must not shuffle between pages.
  if (column !== 'c.id') query = query.orderBy('c.id', 'asc')
  const rows = await query
    .limit(pageSize)
    .offset(pageNumber * pageSize)
    .execute()
  const total = rows[0]
    ? Number(rows[0].total)
    : Number(
        (await matching.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow())
          .total,
      )
  return {
    pageNo: pageNumber,
    pageSize,
    sort: null,
    totalItems: total,
    totalPages: Math.ceil(total / pageSize),
    data: await withCalendar(db, today, search.langCode, rows),
  }
}

export async function centresByLocationNames(
  db: Database,
  today: Today,
  langCode: string,
  level: number,
  names: string[],
): Promise<RegistrationCenter[]> {
  const folded = [...new Set(names.map(foldForSearch))]
  if (folded.length === 0) return []
  const places = locationsUnder(db, langCode, level, { anyOf: folded })
  const rows = await activeCentres(db, langCode)
    .where('c.location_code', 'in', places)
    .selectAll('c')
    .orderBy('c.name')
    .orderBy('c.id')
    .execute()
  return withCalendar(db, today, langCode, rows)
}

/**
 * Centres within `distanceMeters` of the point, nearest first. The GiST index on ll_to_earth()
 * walks centres in order of distance (KNN on `<->`, the chord through the earth, which ranks
 * like the great-circle distance) so only `limit` rows are read; ll_to_earth() points live in
 * 3-D space, so this holds at the poles and across the antimeridian. earth_distance() then
 * trims to the radius outside the limit.
 */
export async function nearbyCentres(
  db: Database,
  today: Today,
  langCode: string,
  longitude: number,
  latitude: number,
  distanceMeters: number,
  limit: number,
): Promise<RegistrationCenter[]> {
  const valid =
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Number.isFinite(distanceMeters) &&
    distanceMeters >= 0 &&
    limit >= 1
  if (!valid) return []
  const origin = sql`ll_to_earth(${latitude}::float8, ${longitude}::float8)`
  const point = sql`ll_to_earth(g.latitude, g.longitude)`
  const nearest = activeCentres(db, langCode)
    .innerJoin('md_center_geo as g', 'g.center_id', 'c.id')
    .selectAll('c')
    .select(sql<number>`earth_distance(${origin}, ${point})`.as('distance'))
    .orderBy(sql`${point} <-> ${origin}`)
    .limit(Math.floor(limit))
  const rows = await db
    .selectFrom(nearest.as('n'))
    .selectAll('n')
    .where('n.distance', '<=', distanceMeters)
    .orderBy('n.distance')
    .orderBy('n.id')
    .execute()
  return withCalendar(db, today, langCode, rows)
}

/**
 * Fills working days and upcoming holidays for a page of centres: two queries for the page,
 * never one per centre.
 */
async function withCalendar(
  db: Database,
  today: Today,
  langCode: string,
  rows: (Omit<CentreRow, 'latitude' | 'longitude'> & { distance?: number })[],
): Promise<RegistrationCenter[]> {
  if (rows.length === 0) return []
  const ids = [...new Set(rows.map((r) => r.id))]
  const holidayPlaces = [...new Set(rows.map((r) => r.holiday_location_code))]
  const [places, days, holidays] = await Promise.all([
    db
      .selectFrom('md_center_geo')
      .select(['center_id', 'latitude', 'longitude'])
      .where('center_id', 'in', ids)
      .execute(),
    db
      .selectFrom('md_center_working_day as w')
      .innerJoin('md_day_of_week as d', (j) =>
        j.onRef('d.code', '=', 'w.day_code').on('d.lang_code', '=', langCode),
      )
      .select(['w.center_id', 'w.is_working', 'd.code', 'd.name', 'd.day_seq'])
      .where('w.center_id', 'in', ids)
      .orderBy('d.day_seq')
      .execute(),
    db
      .selectFrom('md_holiday as h')
      .select([
        'h.location_code',
        sql<string>`to_char(h.holiday_date, 'YYYY-MM-DD')`.as('holiday_date'),
        'h.holiday_name',
        'h.holiday_desc',
      ])
      .where('h.lang_code', '=', langCode)
      .where('h.location_code', 'in', holidayPlaces)
      .where(sql<boolean>`h.holiday_date >= ${today()}::date`)
      .orderBy('h.holiday_date')
      .execute(),
  ])
  const daysByCentre = groupBy<WorkingDayRow>(days, (d) => d.center_id)
  const holidaysByPlace = groupBy<HolidayRow>(holidays, (h) => h.location_code)
  const placeOf = new Map(places.map((p) => [p.center_id, p]))
  return rows.map((row) =>
    presentCentre(
      {
        ...row,
        latitude: placeOf.get(row.id)?.latitude ?? null,
        longitude: placeOf.get(row.id)?.longitude ?? null,
      },
      daysByCentre.get(row.id) ?? [],
      holidaysByPlace.get(row.holiday_location_code) ?? [],
      row.distance,
    ),
  )
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}
