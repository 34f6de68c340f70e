import type { Config } from '../../config.ts'
import type { CentreSearch, MasterdataPort, SortField } from '../../platform/masterdata.ts'
import { invalidParameter, ResidentError } from '../../resident/errors.ts'
import { isSafeText } from '../../text/safe-text.ts'

/** Nearby answers are not paginated (as MOSIP's); the nearest this many are returned. */
export const NEARBY_LIMIT = 50
export const MAX_PAGE_SIZE = 100
export const MAX_DISTANCE_METERS = 1_000_000

export interface CentrePageInput {
  langcode: string
  hierarchylevel: number
  name: string
  pageNumber?: number
  pageSize?: number
  sortBy?: SortField
  orderBy?: 'asc' | 'desc'
  nameLangCode?: string
}

/** "Get information": public masterdata lookups, checked against the deployment's languages. */
export function createGetInformationService(config: Config, masterdata: MasterdataPort) {
  const languages = new Set([...config.languages.mandatory, ...config.languages.optional])

  function language(code: string, parameter = 'langcode'): string {
    if (!languages.has(code)) throw invalidParameter(parameter)
    return code
  }

  function searchText(raw: string): string {
    if (!isSafeText(raw)) throw invalidParameter('name')
    const text = raw.normalize('NFC').trim()
    // A search needs at least one letter or digit; punctuation alone would match everything.
    if (!/[\p{L}\p{N}]/u.test(text)) throw new ResidentError('RES-SER-518')
    return text
  }

  return {
    levels: (langCode?: string) =>
      masterdata.locationHierarchyLevels(langCode === undefined ? undefined : language(langCode)),

    immediateChildren: (code: string, langCode: string) =>
      masterdata.immediateChildren(code, language(langCode)),

    async locationInfo(code: string, langCode: string) {
      const location = await masterdata.locationInfo(code, language(langCode))
      if (!location) throw new ResidentError('RES-SER-470', 'locationcode')
      return location
    },

    searchCentres(input: CentrePageInput) {
      const pageNumber = input.pageNumber ?? 0
      const pageSize = input.pageSize ?? 10
      if (pageNumber < 0 || pageNumber > 1_000_000) throw new ResidentError('RES-SER-446')
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) throw new ResidentError('RES-SER-447')
      const search: CentreSearch = {
        langCode: language(input.langcode),
        hierarchyLevel: input.hierarchylevel,
        text: searchText(input.name),
        ...(input.nameLangCode
          ? { textLangCode: language(input.nameLangCode, 'nameLangCode') }
          : {}),
        pageNumber,
        pageSize,
        sortBy: input.sortBy ?? 'createdDateTime',
        orderBy: input.orderBy ?? 'desc',
      }
      return masterdata.searchCentres(search)
    },

    centresByNames(langCode: string, level: number, names: string | string[]) {
      const list = (Array.isArray(names) ? names : [names]).map(searchText)
      return masterdata.centresByLocationNames(language(langCode), level, list)
    },

    nearby(langCode: string, longitude: number, latitude: number, distance: number) {
      if (!(Math.abs(longitude) <= 180)) throw invalidParameter('longitude')
      if (!(Math.abs(latitude) <= 90)) throw invalidParameter('latitude')
      if (!(distance > 0 && distance <= MAX_DISTANCE_METERS)) {
        throw invalidParameter('proximitydistance')
      }
      return masterdata.nearbyCentres(
        language(langCode),
        longitude,
        latitude,
        distance,
        NEARBY_LIMIT,
      )
    },

    async workingDays(centreId: string, langCode: string) {
      const days = await masterdata.workingDays(centreId, language(langCode, 'langCode'))
      if (!days) throw new ResidentError('RES-SER-470', 'registrationCenterID')
      return days
    },

    validDocuments: (langCode: string) => masterdata.validDocuments(language(langCode, 'langCode')),

    async documentTypes(categoryCode: string, langCode: string) {
      const types = await masterdata.documentTypes(categoryCode, language(langCode))
      if (!types) throw new ResidentError('RES-SER-470', 'documentcategorycode')
      return types
    },
  }
}

export type GetInformationService = ReturnType<typeof createGetInformationService>
