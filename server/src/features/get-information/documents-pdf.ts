import {
  createPdf,
  type Direction,
  displayTimestamp,
  drawTable,
  type GlyphTrace,
  isolateLtr,
  pdfLabels,
} from '../../pdf/index.ts'
import type { DocumentCategory } from '../../platform/masterdata.ts'

export interface DocumentsDocument {
  lang: string
  direction: Direction
  categories: readonly DocumentCategory[]
  generatedAt: Date
  timeZoneOffset: number
  trace?: GlyphTrace
}

/** The supporting documents, one table per category, as an A4 PDF. */
export async function documentsPdf(input: DocumentsDocument): Promise<Uint8Array> {
  const labels = pdfLabels(input.lang)
  const text = labels.documents
  const writer = createPdf({
    direction: input.direction,
    lang: labels.bcp47,
    title: text.title,
    issuer: labels.serviceName,
    footerNote: labels.generatedOn(displayTimestamp(input.generatedAt, input.timeZoneOffset)),
    pageOf: labels.pageOf,
    ...(input.trace ? { trace: input.trace } : {}),
  })
  writer.paragraph(text.intro, { size: 10, after: 10 })
  const categories = input.categories.filter((c) => c.documenttypes.length > 0)
  if (categories.length === 0) writer.paragraph(text.none, { size: 11 })
  for (const category of categories) {
    drawTable(writer, {
      caption: { title: category.name, text: category.description },
      columns: [
        { header: text.columns.document, weight: 1.4 },
        { header: text.columns.description, weight: 2.2 },
        { header: text.columns.code, weight: 1.1 },
      ],
      rows: category.documenttypes.map((type) => [
        [{ text: type.name, bold: true }],
        type.description,
        [{ text: isolateLtr(type.code), muted: true }],
      ]),
      size: 8.5,
    })
    writer.y += 14
  }
  return writer.finish()
}
