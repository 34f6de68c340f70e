/**
 * The masterdata port: what Resident Services reads from MOSIP's masterdata service. Payloads use
 * masterdata's own field names, so the MOSIP adapter can pass them through unchanged.
 */

export interface LocationHierarchyLevel {
  hierarchyLevel: number
  hierarchyLevelName: string
  langCode: string
  isActive: boolean
}

export interface Location {
  code: string
  name: string
  hierarchyLevel: number
  hierarchyName: string
  parentLocCode: string | null
  langCode: string
  isActive: boolean
}

export interface WorkingDay {
  /** Day code (MON…SUN). */
  code: string
  /** The day's name in the asked language (masterdata keeps one row per language). */
  name: string
  /** Ours, the same as `name`: kept for clients written against our first answers. */
  displayName: string
  order: number
  languageCode: string
}

export interface Holiday {
  holidayDate: string
  holidayName: string
  holidayDesc: string
}

export interface RegistrationCenter {
  id: string
  name: string
  centerTypeCode: string
  addressLine1: string
  addressLine2: string
  addressLine3: string
  latitude: string
  longitude: string
  locationCode: string
  holidayLocationCode: string
  contactPhone: string
  workingHours: string
  langCode: string
  numberOfKiosks: number
  perKioskProcessTime: string
  centerStartTime: string
  centerEndTime: string
  timeZone: string
  contactPerson: string
  lunchStartTime: string
  lunchEndTime: string
  isActive: boolean
  zoneCode: string
  /** masterdata's day-code → open flag; filled so a page needs no call per centre. */
  workingNonWorkingDays: Record<string, boolean>
  /** Ours: the open days in order with their names in the language. */
  workingDays: WorkingDay[]
  /** Ours: upcoming holidays of the centre's holiday location (today and later). */
  holidays: Holiday[]
  /** Ours, nearby search only: great-circle distance from the asked point, in metres. */
  distanceMeters?: number
}

export interface CentrePage {
  pageNo: number
  pageSize: number
  sort: null
  totalItems: number
  totalPages: number
  data: RegistrationCenter[]
}

export interface DocumentType {
  code: string
  name: string
  description: string
  langCode: string
  isActive: boolean
}

export interface DocumentCategory extends DocumentType {
  documenttypes: DocumentType[]
}

export interface Language {
  code: string
  name: string
  nativeName: string
  direction: 'ltr' | 'rtl'
}

export type SortField = 'createdDateTime' | 'name' | 'id'

export interface CentreSearch {
  langCode: string
  hierarchyLevel: number
  /** Text to find in location names at that level (already NFC; matching folds case/diacritics). */
  text: string
  /**
   * Languages whose location names `text` may match; results stay in `langCode`. Default:
   * `langCode` alone, as MOSIP's masterdata searches. Ours: the resident service passes every
   * language of the deployment, so a name typed in any script finds its place.
   */
  textLangCodes?: readonly string[]
  pageNumber: number
  pageSize: number
  sortBy: SortField
  orderBy: 'asc' | 'desc'
}

/** A change to one centre (what an administrator edits); absent fields stay as they are. */
export interface CentreChange {
  /** The centre's name in the language of the change. */
  name?: string
  /** Day codes (MON…SUN) the centre opens on; every other day is closed. */
  workingDays?: readonly string[]
}

export interface MasterdataPort {
  languages(): Promise<Language[]>
  /** All levels in the language, or in every language when `langCode` is undefined. */
  locationHierarchyLevels(langCode?: string): Promise<LocationHierarchyLevel[]>
  immediateChildren(locationCode: string, langCode: string): Promise<Location[]>
  locationInfo(locationCode: string, langCode: string): Promise<Location | undefined>
  searchCentres(search: CentreSearch): Promise<CentrePage>
  /**
   * Centres in locations at `hierarchyLevel` whose name equals one of `names` (exact, folded)
   * in one of `nameLangCodes` (default: `langCode` alone, as `textLangCodes` above).
   */
  centresByLocationNames(
    langCode: string,
    hierarchyLevel: number,
    names: string[],
    nameLangCodes?: readonly string[],
  ): Promise<RegistrationCenter[]>
  /** Centres within `distanceMeters` of the point, nearest first (at most `limit`). */
  nearbyCentres(
    langCode: string,
    longitude: number,
    latitude: number,
    distanceMeters: number,
    limit: number,
  ): Promise<RegistrationCenter[]>
  /** undefined when the centre does not exist. */
  workingDays(centreId: string, langCode: string): Promise<WorkingDay[] | undefined>
  validDocuments(langCode: string): Promise<DocumentCategory[]>
  /** undefined when the category does not exist. */
  documentTypes(categoryCode: string, langCode: string): Promise<DocumentType[] | undefined>
  /**
   * Changes a centre (masterdata's PUT /registrationcenters); false when it does not exist.
   * Once it resolves, `cacheToken()` has moved on here, and soon in every other process.
   */
  updateCentre(centreId: string, langCode: string, change: CentreChange): Promise<boolean>
  /**
   * A value that changes whenever any answer above may change (a change here or in another
   * process, the date moving on: holidays are "upcoming"); undefined while changes could go
   * unnoticed. Answers may be held in memory under an equal token, never under an undefined one.
   */
  cacheToken(): string | undefined
  /** Releases what the port holds open (its change feed). */
  close?(): Promise<void>
}
