import { API_BASE, apiGet, type RequestOptions, segment } from '../../api/client.ts'
import type { QueryOf, ResponseOf, WithOptional } from '../../api/types.ts'

/** Get information: registration centres and supporting documents, on screen and as PDFs. */

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

/*
 * Addresses of MOSIP's PDF downloads. The portal links to them with `<a href download>`: the
 * browser downloads the file itself (no blob, no script), which works on every phone and under
 * the CSP. The server answers `application/pdf` with a `Registration_centers_…` or
 * `Supporting_documents_…` file name, in the language `langcode`.
 */

const url = (path: string, query: Record<string, string>) =>
  `${API_BASE}/download/${path}?${new URLSearchParams(query)}`

export interface CentreListDownload {
  level: number
  text: string
  /** The language `text` is written in, when it is not `lang` (as for the search page). */
  nameLangCode?: string | undefined
}

/** The centres a search by location name finds, as a PDF in `lang`. */
export function centreListPdfUrl(lang: string, search: CentreListDownload): string {
  return url('registration-centers-list', {
    langcode: lang,
    hierarchylevel: String(search.level),
    name: search.text,
    ...(search.nameLangCode && search.nameLangCode !== lang
      ? { nameLangCode: search.nameLangCode }
      : {}),
  } satisfies QueryOf<'/download/registration-centers-list'>)
}

/** The centres near a position, as a PDF in `lang`. */
export function nearbyCentresPdfUrl(lang: string, near: NearbySearch): string {
  return url('nearestRegistrationcenters', {
    langcode: lang,
    longitude: String(near.longitude),
    latitude: String(near.latitude),
    proximitydistance: String(near.distanceMeters),
  } satisfies QueryOf<'/download/nearestRegistrationcenters'>)
}

/** The supporting documents, by category, as a PDF in `lang`. */
export function supportingDocumentsPdfUrl(lang: string): string {
  return url('supporting-documents', {
    langcode: lang,
  } satisfies QueryOf<'/download/supporting-documents'>)
}
