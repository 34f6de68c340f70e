import {
  type CellText,
  createPdf,
  type Direction,
  displayTimestamp,
  drawTable,
  type GlyphTrace,
  isolateAuto,
  isolateLtr,
  pdfLabels,
  type TableCell,
  type TableColumn,
} from '../../pdf/index.ts'
import type { RegistrationCenter, WorkingDay } from '../../platform/masterdata.ts'

export type CentreListQuery =
  | { kind: 'search'; levelName: string; name: string }
  | { kind: 'nearby'; latitude: string; longitude: string; distanceMeters: number }

export interface CentreListDocument {
  lang: string
  direction: Direction
  query: CentreListQuery
  centres: readonly RegistrationCenter[]
  /** How many centres matched (more than listed when the list was capped). */
  total: number
  generatedAt: Date
  timeZoneOffset: number
  trace?: GlyphTrace
}

const hhmm = (time: string) => time.slice(0, 5)

/** Open days in week order, three or more consecutive ones as a range: "Monday–Friday". */
function dayRanges(days: readonly WorkingDay[]): string[] {
  const sorted = [...days].sort((a, b) => a.order - b.order)
  const groups: WorkingDay[][] = []
  for (const day of sorted) {
    const group = groups.at(-1)
    if (group && (group.at(-1) as WorkingDay).order + 1 === day.order) group.push(day)
    else groups.push([day])
  }
  return groups.flatMap((group) =>
    group.length >= 3
      ? [`${group[0]?.displayName}–${group.at(-1)?.displayName}`]
      : group.map((day) => day.displayName),
  )
}
const range = (from: string, to: string) => (from && to ? `${hhmm(from)}–${hhmm(to)}` : '')

/** The registration-centre list (search results or the centres near a point) as an A4 PDF. */
export async function centreListPdf(input: CentreListDocument): Promise<Uint8Array> {
  const labels = pdfLabels(input.lang)
  const text = labels.centres
  const km = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 1 })
  const nearby = input.query.kind === 'nearby'
  const subtitle =
    input.query.kind === 'search'
      ? text.search(input.query.levelName, isolateAuto(input.query.name))
      : text.nearby(
          text.kilometres(km.format(input.query.distanceMeters / 1000)),
          input.query.latitude,
          input.query.longitude,
        )

  const writer = createPdf({
    direction: input.direction,
    lang: labels.bcp47,
    title: nearby ? text.nearbyTitle : text.title,
    subtitle,
    issuer: labels.serviceName,
    footerNote: labels.generatedOn(displayTimestamp(input.generatedAt, input.timeZoneOffset)),
    pageOf: labels.pageOf,
    orientation: 'landscape',
    ...(input.trace ? { trace: input.trace } : {}),
  })

  writer.paragraph(text.count(input.total), { bold: true, after: 2 })
  if (input.total > input.centres.length) {
    writer.paragraph(text.truncated(input.centres.length, input.total), { after: 4 })
  }
  if (input.centres.length === 0) {
    writer.paragraph(text.none, { size: 11 })
    return writer.finish()
  }

  const c = text.columns
  const columns: TableColumn[] = [
    { header: c.centre, weight: 1.5 },
    { header: c.address, weight: 1.5 },
    { header: c.phone, weight: 0.9 },
    { header: c.contactPerson, weight: 1.05 },
    { header: c.hours, weight: 0.95 },
    { header: c.lunch, weight: 0.95 },
    { header: c.workingDays, weight: 1.1 },
    { header: c.holidays, weight: 2.05 },
    ...(nearby ? [{ header: c.distance, weight: 0.75 }] : []),
  ]
  const rows = input.centres.map((centre): TableCell[] => {
    const name: CellText[] = [
      { text: centre.name, bold: true },
      { text: text.centreId(centre.id), muted: true },
    ]
    const days = dayRanges(centre.workingDays).join(labels.listSeparator)
    const holidays = centre.holidays
      .slice(0, 2)
      .map((h) => `${isolateLtr(h.holidayDate)} ${h.holidayName}`)
    const row: TableCell[] = [
      name,
      [centre.addressLine1, centre.addressLine2, centre.addressLine3],
      isolateLtr(centre.contactPhone),
      centre.contactPerson,
      range(centre.centerStartTime, centre.centerEndTime),
      range(centre.lunchStartTime, centre.lunchEndTime),
      days,
      holidays,
    ]
    if (nearby) {
      row.push(text.kilometres(km.format((centre.distanceMeters ?? 0) / 1000)))
    }
    return row
  })
  drawTable(writer, { columns, rows, size: 8 })
  return writer.finish()
}
