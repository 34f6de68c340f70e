import { API_BASE } from './client.ts'
import type { NearbySearch } from './masterdata.ts'
import type { QueryOf } from './types.ts'

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
