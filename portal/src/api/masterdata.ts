import { apiGet, type RequestOptions, segment } from './client.ts'
import type { ResponseOf, WithOptional } from './types.ts'

/** Field names as masterdata sends them (see the MOSIP contract), as the server declares them. */
type LevelsResponse = ResponseOf<'/proxy/masterdata/locationHierarchyLevels/{langcode}'>
type PageResponse =
  ResponseOf<'/proxy/masterdata/registrationcenters/page/{langcode}/{hierarchylevel}/{name}'>
type NearbyResponse =
  ResponseOf<'/proxy/masterdata/getcoordinatespecificregistrationcenters/{langcode}/{longitude}/{latitude}/{proximitydistance}'>
type DocumentsResponse = ResponseOf<'/proxy/masterdata/validdocuments/{langCode}'>

export type LocationHierarchyLevel = LevelsResponse['locationHierarchyLevels'][number]

/**
 * A centre. Three of its fields are ours, not MOSIP's, so a MOSIP server sends none of them:
 * the open days with their names in the language and the upcoming holidays of the centre's
 * location (one response, no call per centre), and, in a nearby search, the distance from the
 * resident in metres.
 */
export type RegistrationCentre = WithOptional<
  PageResponse['data'][number],
  'workingDays' | 'holidays' | 'distanceMeters'
>

export type WorkingDay = NonNullable<RegistrationCentre['workingDays']>[number]
export type Holiday = NonNullable<RegistrationCentre['holidays']>[number]

export type CentrePage = Omit<PageResponse, 'data'> & { data: RegistrationCentre[] }

export type DocumentCategory = DocumentsResponse['documentcategories'][number]
export type DocumentType = DocumentCategory['documenttypes'][number]

/** The location levels a resident can search by (MOSIP offers levels 1 to 5). */
export const SEARCH_LEVELS = { min: 1, max: 5 } as const

export async function getLocationLevels(
  lang: string,
  options?: RequestOptions,
): Promise<LocationHierarchyLevel[]> {
  const res = await apiGet<LevelsResponse>(
    `/proxy/masterdata/locationHierarchyLevels/${segment(lang)}`,
    options,
  )
  return (res.locationHierarchyLevels ?? [])
    .filter(
      (l) =>
        l.isActive !== false &&
        l.hierarchyLevel >= SEARCH_LEVELS.min &&
        l.hierarchyLevel <= SEARCH_LEVELS.max,
    )
    .sort((a, b) => a.hierarchyLevel - b.hierarchyLevel)
}

export interface CentreSearch {
  level: number
  text: string
  /** Zero-based, as MOSIP counts pages. */
  pageNumber: number
  pageSize: number
  /**
   * The language `text` is written in, when it is not `lang` (ours, not MOSIP's): names match in
   * this language and the centres come back in `lang`, so a search survives a language switch.
   */
  nameLangCode?: string | undefined
}

export function searchCentres(
  lang: string,
  search: CentreSearch,
  options?: RequestOptions,
): Promise<CentrePage> {
  const query = new URLSearchParams({
    pageNumber: String(search.pageNumber),
    pageSize: String(search.pageSize),
    sortBy: 'name',
    orderBy: 'asc',
  })
  if (search.nameLangCode && search.nameLangCode !== lang) {
    query.set('nameLangCode', search.nameLangCode)
  }
  return apiGet<CentrePage>(
    `/proxy/masterdata/registrationcenters/page/${segment(lang)}/${segment(search.level)}/${segment(search.text)}?${query}`,
    options,
  )
}

export interface NearbySearch {
  longitude: number
  latitude: number
  distanceMeters: number
}

/** Centres within the distance, nearest first. */
export async function nearbyCentres(
  lang: string,
  near: NearbySearch,
  options?: RequestOptions,
): Promise<RegistrationCentre[]> {
  const res = await apiGet<NearbyResponse>(
    `/proxy/masterdata/getcoordinatespecificregistrationcenters/${segment(lang)}/${segment(near.longitude)}/${segment(near.latitude)}/${segment(near.distanceMeters)}`,
    options,
  )
  const centres = [...(res.registrationCenters ?? [])]
  return centres.sort(
    (a, b) =>
      (a.distanceMeters ?? Number.POSITIVE_INFINITY) -
      (b.distanceMeters ?? Number.POSITIVE_INFINITY),
  )
}

export async function getValidDocuments(
  lang: string,
  options?: RequestOptions,
): Promise<DocumentCategory[]> {
  const res = await apiGet<DocumentsResponse>(
    `/proxy/masterdata/validdocuments/${segment(lang)}`,
    options,
  )
  return res.documentcategories ?? []
}
