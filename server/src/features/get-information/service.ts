import type { Config } from '../../config.ts'
import type { CentreSearch, MasterdataPort, SortField } from '../../platform/masterdata.ts'
import { invalidParameter, ResidentError } from '../../resident/errors.ts'
import { isSafeText } from '../../text/safe-text.ts'

/** Nearby answers are not paginated (as MOSIP's); the nearest this many are returned. */
export const NEARBY_LIMIT = 50
export const MAX_PAGE_SIZE = 100
export const MAX_DISTANCE_METERS = 1_000_000
/** Masterdata takes the level as a Java `short`, pages as `int`. */
const MAX_LEVEL = 32_767
const MAX_INT = 2_147_483_647

/**
 * MOSIP's resident service validates almost nothing on its masterdata proxies: it forwards the
 * request and maps the result. An error masterdata answers (nothing found, a value it rejects)
 * becomes RES-SER-418 with masterdata's message; a call masterdata fails with an HTTP error (a
 * negative page or level) becomes RES-SER-412. Our checks answer as those two outcomes would.
 */
const masterdataSays = (message: string) => ResidentError.withMessage('RES-SER-418', message)
const masterdataFails = (reason: string) => new ResidentError('RES-SER-412', reason)

export interface CentrePageInput {
  langcode: string
  /** As typed: masterdata reads it as a number. */
  hierarchylevel: string
  name: string
  pageNumber?: number
  pageSize?: number
  sortBy?: SortField
  orderBy?: 'asc' | 'desc'
  nameLangCode?: string
}

/** "Get information": public masterdata lookups, answered as MOSIP's proxy answers them. */
export function createGetInformationService(config: Config, masterdata: MasterdataPort) {
  const languages = new Set([...config.languages.mandatory, ...config.languages.optional])
  /**
   * A name is looked up in every language of the deployment, whatever the interface language:
   * "sal" finds Salé with the Arabic interface and "سلا" with the English one. Results stay in
   * the asked language. A place name is rarely another place's in a second language; if it
   * is, both places are found, which a resident reading a list of centres can tell apart.
   */
  const nameLanguages = [...languages]

  /** Masterdata keeps data only in the deployment's languages. */
  function language(code: string, parameter = 'langcode'): string {
    if (!languages.has(code)) throw masterdataSays(`Language not supported (${parameter})`)
    return code
  }

  function level(raw: string): number {
    const value = Number(raw)
    if (!Number.isInteger(value) || value > MAX_LEVEL) {
      throw masterdataSays('hierarchylevel is not a number masterdata accepts')
    }
    if (value < 0) throw masterdataFails('hierarchylevel must not be negative')
    return value
  }

  /** Search text: text a person could type, with a letter or digit (else nothing matches). */
  function searchText(raw: string): string {
    if (!isSafeText(raw)) throw masterdataSays('name is not valid')
    const text = raw.normalize('NFC').trim()
    // Punctuation alone would match every location: masterdata finds nothing for it.
    if (!/[\p{L}\p{N}]/u.test(text)) throw masterdataSays('Registration Center not found')
    return text
  }

  const found = <T>(list: T[], message: string): T[] => {
    if (list.length === 0) throw masterdataSays(message)
    return list
  }

  return {
    /**
     * The downloads check the language themselves first, as MOSIP's download controller does
     * (RES-SER-410), before asking masterdata.
     */
    checkLanguage(code: string): string {
      if (!languages.has(code)) throw invalidParameter('langcode')
      return code
    },

    /** The download's name must hold a letter or a digit (MOSIP RES-SER-518). */
    checkSearchName(raw: string | undefined): string {
      const text = (raw ?? '').normalize('NFC').trim()
      if (!/[\p{L}\p{N}]/u.test(text)) throw new ResidentError('RES-SER-518')
      return raw ?? ''
    },

    levels: (langCode?: string) =>
      masterdata.locationHierarchyLevels(langCode === undefined ? undefined : language(langCode)),

    async immediateChildren(code: string, langCode: string) {
      return found(
        await masterdata.immediateChildren(code, language(langCode)),
        'Location not found',
      )
    },

    async locationInfo(code: string, langCode: string) {
      const location = await masterdata.locationInfo(code, language(langCode))
      if (!location) throw masterdataSays('Location not found')
      return location
    },

    async searchCentres(input: CentrePageInput) {
      const pageNumber = input.pageNumber ?? 0
      const pageSize = input.pageSize ?? 10
      // Masterdata reads both as a Java int: beyond it, Spring's conversion refuses them.
      if (!Number.isSafeInteger(pageNumber) || pageNumber > MAX_INT) {
        throw masterdataSays('pageNumber is not a number masterdata accepts')
      }
      if (!Number.isSafeInteger(pageSize)) {
        throw masterdataSays('pageSize is not a number masterdata accepts')
      }
      if (pageNumber < 0) throw masterdataFails('pageNumber must not be negative')
      if (pageSize < 1) throw masterdataFails('pageSize must be at least 1')
      if (pageSize > MAX_PAGE_SIZE) throw masterdataSays(`pageSize is at most ${MAX_PAGE_SIZE}`)
      const search: CentreSearch = {
        langCode: language(input.langcode),
        hierarchyLevel: level(input.hierarchylevel),
        text: searchText(input.name),
        // Ours: `nameLangCode` says which language the name is in, and narrows the match to it.
        textLangCodes: input.nameLangCode
          ? [language(input.nameLangCode, 'nameLangCode')]
          : nameLanguages,
        pageNumber,
        pageSize,
        sortBy: input.sortBy ?? 'createdDateTime',
        orderBy: input.orderBy ?? 'desc',
      }
      const page = await masterdata.searchCentres(search)
      // Nothing found, and a page past the end, are masterdata errors.
      found(page.data, 'Registration Center not found')
      return page
    },

    async centresByNames(langCode: string, hierarchyLevel: string, names: string | string[]) {
      const list = (Array.isArray(names) ? names : [names]).map(searchText)
      return found(
        await masterdata.centresByLocationNames(
          language(langCode),
          level(hierarchyLevel),
          list,
          nameLanguages,
        ),
        'Registration Center not found',
      )
    },

    async nearby(langCode: string, longitude: number, latitude: number, distance: number) {
      if (!(Math.abs(longitude) <= 180)) throw masterdataSays('longitude is out of range')
      if (!(Math.abs(latitude) <= 90)) throw masterdataSays('latitude is out of range')
      if (!(distance > 0 && distance <= MAX_DISTANCE_METERS)) {
        throw masterdataSays('proximitydistance is out of range')
      }
      return found(
        await masterdata.nearbyCentres(
          language(langCode),
          longitude,
          latitude,
          distance,
          NEARBY_LIMIT,
        ),
        'Registration Center not found',
      )
    },

    async workingDays(centreId: string, langCode: string) {
      const days = await masterdata.workingDays(centreId, language(langCode, 'langCode'))
      if (!days) throw masterdataSays('Registration Center not found')
      return days
    },

    validDocuments: (langCode: string) => masterdata.validDocuments(language(langCode, 'langCode')),

    async documentTypes(categoryCode: string, langCode: string) {
      const types = await masterdata.documentTypes(categoryCode, language(langCode))
      if (!types) throw masterdataSays('Document Category not found')
      return types
    },
  }
}

export type GetInformationService = ReturnType<typeof createGetInformationService>
