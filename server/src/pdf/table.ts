import type { PdfWriter } from './document.ts'
import { type Align, drawTextBlock } from './glyph-writer.ts'
import type { TextBlock } from './text-layout.ts'
import { THEME } from './theme.ts'

export interface TableColumn {
  header: string
  /** Share of the table's width, relative to the other columns. */
  weight: number
  align?: Align
}

/** One paragraph of a cell. */
export interface CellText {
  text: string
  bold?: boolean
  muted?: boolean
}

/** A cell: one paragraph, or several stacked (empty strings are skipped). */
export type TableCell = string | readonly (string | CellText)[]

export interface TableSpec {
  columns: readonly TableColumn[]
  rows: readonly (readonly TableCell[])[]
  /** Heading above the table; kept on one page with the header row and the first row. */
  caption?: { title: string; text?: string }
  /** Font size of the cells (default 8.5 pt). */
  size?: number
}

const PAD = 4
const PARAGRAPH_GAP = 1.5

interface CellBlock {
  block: TextBlock
  muted: boolean
}

interface RowLayout {
  cells: CellBlock[][]
  height: number
}

/**
 * Draws a table at the writer's cursor. Rows never split; a row that does not fit starts a new
 * page, which repeats the header row. Right-to-left documents put the first column on the right.
 */
export function drawTable(writer: PdfWriter, spec: TableSpec): void {
  const { doc } = writer
  const size = spec.size ?? 8.5
  const widths = columnWidths(writer, spec, size)
  const rtl = writer.direction === 'rtl'
  const xs: number[] = []
  let offset = 0
  for (const width of widths) {
    xs.push(rtl ? writer.left + writer.width - offset - width : writer.left + offset)
    offset += width
  }

  const cellWidth = (i: number) => (widths[i] as number) - 2 * PAD

  const layoutRow = (cells: readonly TableCell[], bold: boolean): RowLayout => {
    const blocks = spec.columns.map((_column, i) => {
      const cell = cells[i] ?? ''
      const paragraphs = typeof cell === 'string' ? [cell] : cell
      return paragraphs
        .map((p) => (typeof p === 'string' ? { text: p } : p))
        .filter((p) => p.text.trim() !== '')
        .map((p) => ({
          block: writer.layout(p.text, { size, bold: bold || !!p.bold }, cellWidth(i)),
          muted: !!p.muted,
        }))
    })
    const heights = blocks.map((list) =>
      list.reduce((sum, c, k) => sum + c.block.height + (k > 0 ? PARAGRAPH_GAP : 0), 0),
    )
    return { cells: blocks, height: Math.max(size * 1.3, ...heights) + 2 * PAD }
  }

  const drawRow = (row: RowLayout, fill: string | undefined, header: boolean) => {
    if (fill) doc.rect(writer.left, writer.y, writer.width, row.height).fill(fill)
    row.cells.forEach((blocks, i) => {
      let y = writer.y + PAD
      for (const { block, muted } of blocks) {
        doc.fillColor(muted ? THEME.muted : THEME.text)
        const align = spec.columns[i]?.align ?? 'start'
        drawTextBlock(doc, block, (xs[i] as number) + PAD, y, cellWidth(i), align)
        y += block.height + PARAGRAPH_GAP
      }
    })
    writer.y += row.height
    doc
      .moveTo(writer.left, writer.y)
      .lineTo(writer.left + writer.width, writer.y)
      .lineWidth(header ? 0.8 : 0.4)
      .strokeColor(header ? THEME.accent : THEME.rule)
      .stroke()
  }

  const header = layoutRow(
    spec.columns.map((c) => c.header),
    true,
  )
  const rows = spec.rows.map((cells) => layoutRow(cells, false))
  const caption = spec.caption
    ? [
        writer.layout(spec.caption.title, { size: 11.5, bold: true }),
        ...(spec.caption.text ? [writer.layout(spec.caption.text, { size: 9 })] : []),
      ]
    : []
  const captionHeight = caption.reduce((sum, b) => sum + b.height, 0) + (caption.length ? 4 : 0)
  writer.ensureSpace(captionHeight + header.height + (rows[0]?.height ?? 0))
  caption.forEach((block, k) => {
    doc.fillColor(k === 0 ? THEME.accent : THEME.muted)
    drawTextBlock(doc, block, writer.left, writer.y, writer.width)
    writer.y += block.height
  })
  if (caption.length) writer.y += 4
  drawRow(header, THEME.headerFill, true)
  rows.forEach((row, k) => {
    if (writer.y + row.height > writer.bottom) {
      writer.newPage()
      drawRow(header, THEME.headerFill, true)
    }
    drawRow(row, k % 2 === 1 ? THEME.zebraFill : undefined, false)
  })
}

/**
 * Column widths from the weights, widened where a header word would not fit (long Tamil or
 * Kannada words would otherwise break inside the word); the other columns give up the room.
 */
function columnWidths(writer: PdfWriter, spec: TableSpec, size: number): number[] {
  const weights = spec.columns.map((c) => c.weight)
  const mins = spec.columns.map(
    (c) =>
      Math.max(
        0,
        ...c.header.split(' ').map((word) => writer.layout(word, { size, bold: true }).width),
      ) +
      2 * PAD,
  )
  const fixed = new Set<number>()
  for (;;) {
    const freeWidth = writer.width - [...fixed].reduce((sum, i) => sum + (mins[i] as number), 0)
    const freeWeight = weights.reduce((sum, w, i) => sum + (fixed.has(i) ? 0 : w), 0)
    if (freeWidth <= 0 || freeWeight <= 0) break
    const short = weights.findIndex(
      (w, i) => !fixed.has(i) && (w / freeWeight) * freeWidth < (mins[i] as number),
    )
    if (short < 0) {
      return weights.map((w, i) =>
        fixed.has(i) ? (mins[i] as number) : (w / freeWeight) * freeWidth,
      )
    }
    fixed.add(short)
  }
  const total = weights.reduce((sum, w) => sum + w, 0)
  return weights.map((w) => (w / total) * writer.width)
}
