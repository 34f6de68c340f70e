/**
 * Times printed on documents and in their file names, in the resident's local time. The offset
 * follows MOSIP's `time-zone-offset` header: minutes as JavaScript's getTimezoneOffset() gives
 * them, so local time = UTC − offset (India sends -330).
 */
function local(date: Date, offsetMinutes: number): string {
  return new Date(date.getTime() - offsetMinutes * 60_000).toISOString()
}

/** `yyyy-MM-dd'T'HH_mm_ss`, MOSIP's file-name timestamp (notes §6.7). */
export function fileTimestamp(date: Date, offsetMinutes = 0): string {
  return local(date, offsetMinutes).slice(0, 19).replaceAll(':', '_')
}

/** `yyyy-MM-dd HH:mm:ss UTC+hh:mm`: MOSIP's default display pattern, with the zone spelt out. */
export function displayTimestamp(date: Date, offsetMinutes = 0): string {
  const iso = local(date, offsetMinutes)
  const east = -offsetMinutes
  const zone =
    east === 0
      ? 'UTC'
      : `UTC${east > 0 ? '+' : '-'}${String(Math.floor(Math.abs(east) / 60)).padStart(2, '0')}:${String(Math.abs(east) % 60).padStart(2, '0')}`
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${zone}`
}
