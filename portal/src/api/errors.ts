import type { TFunction } from 'i18next'
import { ApiError, CLIENT_ERROR } from './client.ts'

/** The code to show beside the message (helps support), or undefined for client-side codes. */
export function supportCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined
  return Object.values(CLIENT_ERROR).includes(error.code as never) ? undefined : error.code
}

/**
 * A resident-readable message for any failure. Known codes get their own text; everything else
 * a generic one (the code itself is shown beside it, never alone).
 */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.generic')
  switch (error.code) {
    case 'RES-SER-410':
    case 'RES-SER-414':
    case 'RES-SER-446':
    case 'RES-SER-447':
      return t('errors.invalidInput')
    case 'RES-SER-470':
      return t('errors.noRecords')
    case 'RES-SER-905':
      return t('errors.tooManyRequests')
    case 'RES-SER-906':
      return t('errors.unavailable')
    case CLIENT_ERROR.network:
      return t('errors.network')
    case CLIENT_ERROR.timeout:
      return t('errors.timeout')
  }
  if (error.status !== undefined && error.status >= 500) return t('errors.server')
  return t('errors.generic')
}

/** Codes meaning "the search found nothing" rather than a failure. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'RES-SER-470' || error.code === 'RES-SER-418')
}
