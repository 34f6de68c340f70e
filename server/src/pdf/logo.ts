import { THEME } from './theme.ts'

/** Draws a logo in the square of side `size` whose top-left corner is (x, y). */
export type LogoDrawer = (doc: PDFKit.PDFDocument, x: number, y: number, size: number) => void

/**
 * The default emblem, drawn as vectors (nothing to fetch or embed): an identity card with a
 * person on it, white on the accent colour. A deployment can pass its own drawer.
 */
export const drawDefaultLogo: LogoDrawer = (doc, x, y, size) => {
  const u = size / 100
  const at = (dx: number, dy: number) => `${x + dx * u} ${y + dy * u}`
  doc.save()
  doc.roundedRect(x, y, size, size, 18 * u).fill(THEME.accent)
  doc
    .roundedRect(x + 12 * u, y + 24 * u, 76 * u, 52 * u, 7 * u)
    .lineWidth(4.5 * u)
    .stroke('#ffffff')
  doc.circle(x + 33 * u, y + 43 * u, 8.5 * u).fill('#ffffff')
  doc.path(`M ${at(19, 68)} C ${at(20, 52)} ${at(46, 52)} ${at(47, 68)} Z`).fill('#ffffff')
  for (const [dy, w] of [
    [38, 26],
    [49, 20],
    [60, 24],
  ] as const) {
    doc.roundedRect(x + 55 * u, y + dy * u, w * u, 5 * u, 2.5 * u).fill('#ffffff')
  }
  doc.restore()
}
