/** Asks the running server for real masterdata, so tests never hard-code demo names. */

interface Envelope<T> {
  response: T | null
  errors: { errorCode: string; message: string }[] | null
}

export interface Level {
  hierarchyLevel: number
  hierarchyLevelName: string
}

export interface Location {
  code: string
  name: string
  hierarchyLevel: number
  hierarchyName: string
}

export interface Centre {
  id: string
  name: string
  contactPhone: string
  latitude: string
  longitude: string
  locationCode: string
  workingHours: string
  centerStartTime: string
  centerEndTime: string
  workingDays: { code: string; displayName: string }[]
  distanceMeters?: number
}

export interface CentrePage {
  pageNo: number
  pageSize: number
  totalItems: number
  totalPages: number
  data: Centre[]
}

export interface DocumentCategory {
  code: string
  name: string
  documenttypes: { code: string; name: string }[]
}

export class Api {
  readonly baseUrl: string
  constructor(baseUrl: string) {
    this.baseUrl = baseUrl
  }

  async get<T>(path: string): Promise<T> {
    const url = `${this.baseUrl}/resident/v1${path}`
    const res = await fetch(url, { headers: { accept: 'application/json' } })
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`)
    const body = (await res.json()) as Envelope<T>
    if (body.errors?.length || body.response === null) {
      throw new Error(`GET ${path}: ${JSON.stringify(body.errors)}`)
    }
    return body.response
  }

  async levels(lang: string): Promise<Level[]> {
    const r = await this.get<{ locationHierarchyLevels: Level[] }>(
      `/proxy/masterdata/locationHierarchyLevels/${lang}`,
    )
    return r.locationHierarchyLevels.sort((a, b) => a.hierarchyLevel - b.hierarchyLevel)
  }

  async children(code: string, lang: string): Promise<Location[]> {
    const r = await this.get<{ locations: Location[] }>(
      `/proxy/masterdata/locations/immediatechildren/${encodeURIComponent(code)}/${lang}`,
    )
    return r.locations
  }

  centrePage(
    lang: string,
    level: number,
    name: string,
    pageNumber = 0,
    pageSize = 10,
    /** The language `name` is written in, when not `lang` (results stay in `lang`). */
    nameLangCode?: string,
  ): Promise<CentrePage> {
    // The portal's own order: by name, ascending.
    const q = new URLSearchParams({
      pageNumber: String(pageNumber),
      pageSize: String(pageSize),
      sortBy: 'name',
      orderBy: 'asc',
      ...(nameLangCode ? { nameLangCode } : {}),
    })
    return this.get<CentrePage>(
      `/proxy/masterdata/registrationcenters/page/${lang}/${level}/${encodeURIComponent(name)}?${q}`,
    )
  }

  async nearby(
    lang: string,
    longitude: number,
    latitude: number,
    metres: number,
  ): Promise<Centre[]> {
    const r = await this.get<{ registrationCenters: Centre[] }>(
      `/proxy/masterdata/getcoordinatespecificregistrationcenters/${lang}/${longitude}/${latitude}/${metres}`,
    )
    return r.registrationCenters
  }

  async validDocuments(lang: string): Promise<DocumentCategory[]> {
    const r = await this.get<{ documentcategories: DocumentCategory[] }>(
      `/proxy/masterdata/validdocuments/${lang}`,
    )
    return r.documentcategories
  }

  async uiProperties(): Promise<Record<string, string | number | boolean>> {
    return this.get('/proxy/config/ui-properties')
  }
}
