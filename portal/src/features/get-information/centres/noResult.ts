import { ApiError } from '../../../api/client.ts'
import { isNotFound } from '../../../api/errors.ts'

/**
 * Why a search by name found no centre, in the resident's terms: no centre matches the name, or
 * no place of that name is known at all. An older server answers an empty page; MOSIP's resident
 * service answers masterdata's error, `RES-SER-418` with masterdata's own message ("Registration
 * Center not found"; "Location not found" when it knows no such place). Either way it is "none
 * found", never a failure.
 */
export type NoCentreReason = 'noneFound' | 'unknownLocation'

/** The reason of a "nothing found" answer, or undefined when the error is a real failure. */
export function noCentreReason(error: unknown): NoCentreReason | undefined {
  if (!isNotFound(error) || !(error instanceof ApiError)) return undefined
  const message = error.message
  return /\blocation\b/i.test(message) && !/\bcent(?:er|re)s?\b/i.test(message)
    ? 'unknownLocation'
    : 'noneFound'
}

/** Whether a nearby search that failed only found nothing (MOSIP's answer when none is near). */
export const isNoneNearby = (error: unknown): boolean => isNotFound(error)

/**
 * A page past the end: MOSIP answers it with the same "not found" error as a name that matches
 * nothing, so a page after the first that finds nothing is checked again from the first page.
 */
export const mayBePastTheEnd = (error: unknown, page: number): boolean =>
  page > 1 && noCentreReason(error) !== undefined
