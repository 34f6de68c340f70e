import {
  type Align,
  type Direction,
  drawDefaultLogo,
  drawTextBlock,
  layoutText,
  type TextBlock,
} from '../pdf/index.ts'

/**
 * Drawing on one side of a card. Positions are given from the card's start edge (`s`), so a
 * right-to-left card is the mirror image of a left-to-right one without special cases.
 */
export interface Panel {
  doc: PDFKit.PDFDocument
  x: number
  y: number
  width: number
  height: number
  direction: Direction
}

export const CARD_COLOURS = {
  band: '#0b5cad',
  ink: '#1b1f24',
  muted: '#4f5a66',
  outline: '#8a97a6',
  pattern: '#e3ecf6',
  field: '#f3f6fa',
} as const

const RADIUS = 12

/** The page x of a box `width` wide whose start edge is `s` from the card's start edge. */
export function startX(panel: Panel, s: number, width: number): number {
  return panel.direction === 'rtl' ? panel.x + panel.width - s - width : panel.x + s
}

/** The card's outline (the cutting line) on white, with a faint wave pattern behind the text. */
export function drawCardBase(panel: Panel, pattern: boolean): void {
  const { doc, x, y, width, height } = panel
  doc.save()
  doc.roundedRect(x, y, width, height, RADIUS).fill('#ffffff')
  if (pattern) {
    doc.roundedRect(x, y, width, height, RADIUS).clip()
    doc.lineWidth(0.5).strokeColor(CARD_COLOURS.pattern)
    for (let k = 0; k < 9; k++) {
      const base = y + height * (0.2 + k * 0.09)
      doc.moveTo(x, base)
      for (let step = 1; step <= 48; step++) {
        const px = x + (width * step) / 48
        doc.lineTo(px, base + 7 * Math.sin(step / 3.2 + k * 0.7))
      }
      doc.stroke()
    }
  }
  doc.restore()
  doc.roundedRect(x, y, width, height, RADIUS).lineWidth(0.8).stroke(CARD_COLOURS.outline)
}

/** The coloured band across the top: emblem, then a title and a line under it, in white. */
export function drawBand(panel: Panel, height: number, title: string, subtitle: string): void {
  const { doc, x, y, width } = panel
  doc.save()
  doc.roundedRect(x, y, width, panel.height, RADIUS).clip()
  doc.rect(x, y, width, height).fill(CARD_COLOURS.band)
  doc.restore()
  const logo = height - 14
  const logoX = startX(panel, 10, logo)
  doc.roundedRect(logoX - 1.5, y + 5.5, logo + 3, logo + 3, 6).fill('#ffffff')
  drawDefaultLogo(doc, logoX, y + 7, logo)
  const s = 10 + logo + 10
  const textWidth = width - s - 12
  const titleBlock = layoutText(
    title,
    panel.direction,
    { size: 13, bold: true, lineHeight: 1.15 },
    textWidth,
  )
  const subBlock = subtitle
    ? layoutText(subtitle, panel.direction, { size: 7, lineHeight: 1.2 }, textWidth)
    : null
  const total = titleBlock.height + (subBlock?.height ?? 0)
  let top = y + (height - total) / 2
  doc.fillColor('#ffffff')
  drawTextBlock(doc, titleBlock, startX(panel, s, textWidth), top, textWidth)
  top += titleBlock.height
  if (subBlock) drawTextBlock(doc, subBlock, startX(panel, s, textWidth), top, textWidth)
}

export interface TextOptions {
  size: number
  bold?: boolean
  color?: string
  /** Base direction of the text itself (a Latin name on an Arabic card is left-to-right). */
  direction?: Direction
  lineHeight?: number
  /** Side of the column the text lines up with, in the card's direction (default start). */
  align?: 'start' | 'end'
}

/** Lays text out for a column `width` wide; null when it is empty. */
export function layout(panel: Panel, text: string, options: TextOptions, width: number) {
  if (!text.trim()) return null
  return layoutText(
    text,
    options.direction ?? panel.direction,
    { size: options.size, bold: options.bold ?? false, lineHeight: options.lineHeight ?? 1.2 },
    width,
  )
}

/** Draws a laid-out block at the card's start side of a column; returns its height. */
export function drawBlock(
  panel: Panel,
  block: TextBlock,
  s: number,
  y: number,
  width: number,
  color: string = CARD_COLOURS.ink,
  side: 'start' | 'end' = 'start',
): number {
  // Whatever the text's own direction, it lines up with the card's side it is asked for.
  const align: Align =
    (block.direction === panel.direction) === (side === 'start') ? 'start' : 'end'
  panel.doc.fillColor(color)
  drawTextBlock(panel.doc, block, startX(panel, s, width), y, width, align)
  return block.height
}

/** Lays out and draws text in one step; returns its height (0 when empty). */
export function drawText(
  panel: Panel,
  text: string,
  options: TextOptions,
  s: number,
  y: number,
  width: number,
): number {
  const block = layout(panel, text, options, width)
  return block ? drawBlock(panel, block, s, y, width, options.color, options.align) : 0
}

/** The resident's photo, fitted and centred in its frame; a labelled blank when absent or unreadable. */
export function drawPhoto(
  panel: Panel,
  photo: Uint8Array | null,
  s: number,
  y: number,
  width: number,
  height: number,
  noPhoto: string,
): void {
  const { doc } = panel
  const x = startX(panel, s, width)
  doc.rect(x, y, width, height).fill(CARD_COLOURS.field)
  let drawn = false
  if (photo) {
    try {
      doc.image(Buffer.from(photo), x, y, {
        fit: [width, height],
        align: 'center',
        valign: 'center',
      })
      drawn = true
    } catch {
      // An unreadable photo must not cost the resident their card: the frame says "no photo".
    }
  }
  if (!drawn) {
    const block = layoutText(noPhoto, panel.direction, { size: 7 }, width - 8)
    doc.fillColor(CARD_COLOURS.muted)
    drawTextBlock(doc, block, x + 4, y + (height - block.height) / 2, width - 8, 'center')
  }
  doc.rect(x, y, width, height).lineWidth(0.6).stroke(CARD_COLOURS.outline)
}
