/**
 * The place a QR code goes. No QR encoder is bundled yet: a later card hands over the module
 * matrix its encoder made (e.g. the `qrcode` package's `create(text).modules`, which has `size`
 * and `get(row, col)`) and this draws it as vector squares, crisp at any zoom and print size.
 */
export interface QrModules {
  /** Modules per side. */
  readonly size: number
  /** Whether the module at (row, column) is dark. */
  get(row: number, column: number): boolean | number
}

export interface QrBox {
  x: number
  y: number
  /** Side of the square, in points, quiet zone included. */
  size: number
}

/** Draws the modules with a quiet zone of `quietZone` modules (4 by the standard). */
export function drawQrModules(
  doc: PDFKit.PDFDocument,
  modules: QrModules,
  box: QrBox,
  quietZone = 4,
): void {
  const unit = box.size / (modules.size + 2 * quietZone)
  doc.save()
  doc.rect(box.x, box.y, box.size, box.size).fill('#ffffff')
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue
      const mx = box.x + (column + quietZone) * unit
      const my = box.y + (row + quietZone) * unit
      // A hair of overlap so no seams show between neighbouring modules.
      doc.rect(mx, my, unit + 0.01, unit + 0.01)
    }
  }
  doc.fill('#000000')
  doc.restore()
}
