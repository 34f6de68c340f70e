import type { Language } from '../platform/masterdata.ts'
import type { Direction } from './text-layout.ts'

/**
 * The writing direction of a language, from the platform's language metadata (masterdata's
 * languages carry `direction`). The one place a document learns whether it is right-to-left.
 */
export function directionOf(languages: readonly Language[], code: string): Direction {
  return languages.find((language) => language.code === code)?.direction ?? 'ltr'
}
