import { drawTextBlock } from './glyph-writer.ts'
import type { LogoDrawer } from './logo.ts'
import { type Direction, layoutText } from './text-layout.ts'
import { THEME } from './theme.ts'

/** What every page of a document shows around its content. */
export interface PageTemplate {
  direction: Direction
  title: string
  subtitle?: string
  /** Small line above the title, e.g. the service's name. */
  issuer?: string
  logo: LogoDrawer
  /** Start side of the footer, e.g. "Generated on 2026-05-04 10:12 UTC". */
  footerNote: string
  /** End side of the footer: "Page 2 of 5" in the document's language. */
  pageOf(page: number, pages: number): string
}

export interface PageGeometry {
  left: number
  width: number
  top: number
  /** Lowest y content may reach. */
  bottom: number
  pageHeight: number
}

const LOGO = 38
const GAP = 12

/** Draws the header (logo, issuer, title, subtitle, rule); returns the y where content starts. */
export function drawHeader(
  doc: PDFKit.PDFDocument,
  template: PageTemplate,
  page: PageGeometry,
): number {
  const rtl = template.direction === 'rtl'
  const textWidth = page.width - LOGO - GAP
  const textX = rtl ? page.left : page.left + LOGO + GAP
  template.logo(doc, rtl ? page.left + page.width - LOGO : page.left, page.top, LOGO)

  let y = page.top
  const parts: Array<[string | undefined, number, boolean, string]> = [
    [template.issuer, THEME.smallSize, false, THEME.muted],
    [template.title, THEME.titleSize, true, THEME.accent],
    [template.subtitle, THEME.bodySize, false, THEME.muted],
  ]
  for (const [text, size, bold, color] of parts) {
    if (!text) continue
    const block = layoutText(text, template.direction, { size, bold, lineHeight: 1.2 }, textWidth)
    doc.fillColor(color)
    drawTextBlock(doc, block, textX, y, textWidth)
    y += block.height
  }
  const ruleY = Math.max(y, page.top + LOGO) + 8
  doc
    .moveTo(page.left, ruleY)
    .lineTo(page.left + page.width, ruleY)
    .lineWidth(0.8)
    .strokeColor(THEME.accent)
    .stroke()
  return ruleY + 14
}

/** Draws the footer of page `page` of `pages`: a rule, the note and the page number. */
export function drawFooter(
  doc: PDFKit.PDFDocument,
  template: PageTemplate,
  page: PageGeometry,
  number: number,
  pages: number,
): void {
  const ruleY = page.bottom + 8
  doc
    .moveTo(page.left, ruleY)
    .lineTo(page.left + page.width, ruleY)
    .lineWidth(0.5)
    .strokeColor(THEME.rule)
    .stroke()
  const style = { size: THEME.smallSize, lineHeight: 1.2 }
  const half = page.width / 2 - GAP
  const note = layoutText(template.footerNote, template.direction, style, half)
  const count = layoutText(template.pageOf(number, pages), template.direction, style, half)
  doc.fillColor(THEME.muted)
  const rtl = template.direction === 'rtl'
  const startX = rtl ? page.left + page.width - half : page.left
  const endX = rtl ? page.left : page.left + page.width - half
  drawTextBlock(doc, note, startX, ruleY + 4, half, 'start')
  drawTextBlock(doc, count, endX, ruleY + 4, half, 'end')
}
