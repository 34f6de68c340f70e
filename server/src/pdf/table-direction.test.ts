import { describe, expect, it } from 'vitest'
import { type PdfWord, pdfWords, tracedPdf } from '../../test/support/pdf.ts'
import { drawTable } from './table.ts'
import type { Direction } from './text-layout.ts'

/**
 * Where a table's columns land: a right-to-left reader starts at the right, so an Arabic table's
 * first column is the rightmost one, and each cell stays under its own header.
 */
async function table(direction: Direction): Promise<PdfWord[]> {
  const { writer } = tracedPdf(direction)
  drawTable(writer, {
    columns: [
      { header: 'HeadA', weight: 1 },
      { header: 'HeadB', weight: 2 },
      { header: 'HeadC', weight: 1 },
    ],
    rows: [
      ['cellA1', 'cellB1', 'cellC1'],
      ['cellA2', 'cellB2', 'cellC2'],
    ],
  })
  return pdfWords(await writer.finish())
}

function box(words: PdfWord[], text: string): PdfWord {
  const found = words.filter((w) => w.text === text)
  expect(
    found.map((w) => w.text),
    text,
  ).toEqual([text])
  return found[0] as PdfWord
}

const centre = (w: PdfWord) => (w.xMin + w.xMax) / 2

describe('table columns', () => {
  it('run left to right in a left-to-right document', async () => {
    const words = await table('ltr')
    const [a, b, c] = ['HeadA', 'HeadB', 'HeadC'].map((h) => centre(box(words, h))) as number[]
    expect(a).toBeLessThan(b as number)
    expect(b).toBeLessThan(c as number)
  })

  it('run right to left in a right-to-left document, first column rightmost', async () => {
    const words = await table('rtl')
    const [a, b, c] = ['HeadA', 'HeadB', 'HeadC'].map((h) => centre(box(words, h))) as number[]
    expect(a).toBeGreaterThan(b as number)
    expect(b).toBeGreaterThan(c as number)
  })

  it('keep each cell under its own header, aligned to the reading start of the column', async () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const words = await table(direction)
      for (const column of ['A', 'B', 'C']) {
        const head = box(words, `Head${column}`)
        for (const row of [1, 2]) {
          const cell = box(words, `cell${column}${row}`)
          const edge = direction === 'ltr' ? cell.xMin - head.xMin : cell.xMax - head.xMax
          expect(Math.abs(edge), `${direction} cell${column}${row}`).toBeLessThan(1)
        }
      }
    }
  })
})
