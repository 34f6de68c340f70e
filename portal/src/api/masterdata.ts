import { apiGet, type RequestOptions, segment } from './client.ts'

/** Field names as masterdata sends them (see the MOSIP contract). */
export interface LocationHierarchyLevel {
  hierarchyLevel: number
  hierarchyLevelName: string
  langCode: string
  isActive: boolean
}

export interface WorkingDay {
  code: string
  name: string
  displayName: string
  order: number
}

export interface Holiday {
  holidayDate: string
  holidayName: string
  holidayDesc?: string
}

export interface RegistrationCentre {
  id: string
  name: string
  addressLine1: string
  addressLine2: string
  addressLine3: string
  latitude: string
  longitude: string
  contactPhone: string
  contactPerson: string
  centerStartTime: string
  centerEndTime: string
  lunchStartTime: string
  lunchEndTime: string
  timeZone?: string
  langCode: string
  /** Open days with their names in the language (one response, no call per centre). */
  workingDays?: WorkingDay[]
  /** Upcoming holidays of the centre's location. */
  holidays?: Holiday[]
  /** Nearby search only: distance from the resident, in metres. */
  distanceMeters?: number
}

export interface CentrePage {
  pageNo: number
  pageSize: number
  totalItems: number
  totalPages: number
  data: RegistrationCentre[]
}

export interface DocumentType {
  code: string
  name: string
  description: string
}

export interface DocumentCategory extends DocumentType {
  documenttypes: DocumentType[]
}

/** The location levels a resident can search by (MOSIP offers levels 1 to 5). */
export const SEARCH_LEVELS = { min: 1, max: 5 } as const

export async function getLocationLevels(
  lang: string,
  options?: RequestOptions,
): Promise<LocationHierarchyLevel[]> {
  const res = await apiGet<{ locationHierarchyLevels: LocationHierarchyLevel[] }>(
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
  const res = await apiGet<{ registrationCenters: RegistrationCentre[] }>(
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
  const res = await apiGet<{ documentcategories: DocumentCategory[] }>(
    `/proxy/masterdata/validdocuments/${segment(lang)}`,
    options,
  )
  return res.documentcategories ?? []
}
