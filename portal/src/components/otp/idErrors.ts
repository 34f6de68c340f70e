import { ApiError } from '../../api/client.ts'

/** Answers that are about the number typed: shown at the field, which gets focus. */
const ABOUT_THE_NUMBER = new Set(['RES-SER-410', 'RES-SER-456', 'RES-SER-457', 'IDA-MLC-018'])

export function isAboutTheNumber(error: unknown): error is ApiError {
  return error instanceof ApiError && ABOUT_THE_NUMBER.has(error.code)
}

/** Answers that mean "add a contact at a registration centre": shown with a link to find one. */
export function needsRegistrationCentre(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === 'IDA-MLC-014' || error.code === 'RES-SER-440' || error.code === 'IDA-MLC-019')
  )
}
