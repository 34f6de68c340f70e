/**
 * The PDF engine every document uses (centre lists, supporting documents; later UIN and VID
 * cards, acknowledgements, history). Start with createPdf, write with paragraph/drawTable/slot,
 * end with finish(). All text goes through layoutText (bidi runs, per-script fonts, HarfBuzz).
 */
export { directionOf } from './direction.ts'
export {
  createPdf,
  type ParagraphStyle,
  type PdfOptions,
  type PdfSigner,
  type PdfWriter,
  type SlotBox,
} from './document.ts'
export {
  type Align,
  drawTextBlock,
  drawTextLine,
  type GlyphTrace,
  type PlacedGlyphs,
} from './glyph-writer.ts'
export { type PdfLabels, pdfLabels } from './labels.ts'
export { drawDefaultLogo, type LogoDrawer } from './logo.ts'
export { drawQrModules, type QrBox, type QrModules } from './qr-slot.ts'
export { isolateAuto, isolateLtr } from './script.ts'
export {
  type CellText,
  drawTable,
  type TableCell,
  type TableColumn,
  type TableSpec,
} from './table.ts'
export { type Direction, layoutText, type TextBlock, type TextStyle } from './text-layout.ts'
export { displayTimestamp, fileTimestamp } from './timestamps.ts'
