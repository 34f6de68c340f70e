import { describe, expect, it } from 'vitest'
import { PDF_LABELS } from './labels.ts'
import { isolateLtr } from './script.ts'
import { type Direction, layoutText, type TextLine } from './text-layout.ts'

/** A line's text in logical order (runs of a right-to-left line are in visual order). */
function logical(line: TextLine, direction: Direction): string {
  const runs = line.runs.map((r) => r.run.text)
  return (direction === 'rtl' ? runs.reverse() : runs).join('')
}

const LONG: Record<string, [string, Direction]> = {
  eng: [PDF_LABELS.eng.documents.intro, 'ltr'],
  fra: [PDF_LABELS.fra.documents.intro, 'ltr'],
  spa: [PDF_LABELS.spa.documents.intro, 'ltr'],
  ara: [PDF_LABELS.ara.documents.intro, 'rtl'],
  hin: [PDF_LABELS.hin.documents.intro, 'ltr'],
  kan: [PDF_LABELS.kan.documents.intro, 'ltr'],
  tam: [PDF_LABELS.tam.documents.intro, 'ltr'],
}

describe('layoutText', () => {
  for (const [lang, [text, direction]] of Object.entries(LONG)) {
    it(`wraps ${lang} at spaces within the width, by shaped widths`, () => {
      const block = layoutText(text, direction, { size: 10 }, 120)
      expect(block.lines.length).toBeGreaterThan(2)
      for (const line of block.lines) {
        expect(line.width).toBeLessThanOrEqual(120.001)
        expect(line.runs.length).toBeGreaterThan(0)
      }
      // Every word whole, in order; the lines joined by spaces give the text back.
      expect(block.lines.map((line) => logical(line, direction)).join(' ')).toBe(text)
      // Shaped widths: the runs of a line sit side by side.
      for (const line of block.lines) {
        let x = 0
        for (const run of line.runs) {
          expect(run.x).toBeCloseTo(x, 6)
          x += run.width
        }
      }
    })
  }

  it('breaks a word wider than the line between grapheme clusters only', () => {
    for (const [word, direction] of [
      ['ஃபிரான்சுவாஸ்ஃபிரான்சுவாஸ்ஃபிரான்சுவாஸ்', 'ltr'],
      ['स्वतंत्रतास्वतंत्रतास्वतंत्रता', 'ltr'],
      ['BIRTH_CERTIFICATE_OF_A_VERY_LONG_CODE', 'ltr'],
      ['الاستقلالالاستقلالالاستقلال', 'rtl'],
    ] as const) {
      const block = layoutText(word, direction, { size: 10 }, 40)
      expect(block.lines.length, word).toBeGreaterThan(1)
      for (const line of block.lines) {
        expect(line.width, word).toBeLessThanOrEqual(40.001)
        expect(logical(line, direction), word).not.toMatch(/^\p{M}/u)
      }
      expect(block.lines.map((line) => logical(line, direction)).join('')).toBe(word)
    }
  })

  it('orders mixed-direction runs by the bidi algorithm, never reversing characters', () => {
    const ltr = layoutText('Centre Salé سلا 12', 'ltr', { size: 10 }).lines[0] as TextLine
    // The digits after Arabic letters are Arabic numbers: "سلا 12" reads right to left.
    expect(ltr.runs.map((r) => r.run.text)).toEqual(['Centre ', 'Salé ', '12', 'سلا '])
    expect(ltr.runs.map((r) => r.run.rtl)).toEqual([false, false, false, true])
    const rtl = layoutText('مركز CTR-10070 سلا', 'rtl', { size: 10 }).lines[0] as TextLine
    expect(rtl.runs.map((r) => r.run.text)).toEqual(['سلا', ' ', 'CTR-10070', 'مركز '])
    expect(rtl.runs.map((r) => r.run.rtl)).toEqual([true, true, false, true])
  })

  it('keeps isolated left-to-right values whole inside Arabic', () => {
    const plain = layoutText('عطلة 2026-12-18', 'rtl', { size: 10 }).lines[0] as TextLine
    // Without isolation the bidi algorithm shows the date as 18-12-2026.
    expect(plain.runs.map((r) => r.run.text).join('')).toMatch(/^18-12-2026/)
    const isolated = layoutText(`عطلة ${isolateLtr('2026-12-18')}`, 'rtl', { size: 10 })
    const runs = (isolated.lines[0] as TextLine).runs.map((r) => r.run.text)
    expect(runs[0]).toBe('2026-12-18')
    expect(runs.join('')).not.toContain('\u2066')
  })

  it('gives taller scripts taller lines and aligns first baselines across scripts', () => {
    const latin = layoutText('Salé', 'ltr', { size: 10 }).lines[0] as TextLine
    const hindi = layoutText('सले', 'ltr', { size: 10 }).lines[0] as TextLine
    const kannada = layoutText('ಕರ್ನಾಟಕ', 'ltr', { size: 10 }).lines[0] as TextLine
    expect(hindi.baseline).toBeCloseTo(latin.baseline, 6)
    expect(kannada.baseline).toBeCloseTo(latin.baseline, 6)
    expect(kannada.height).toBeGreaterThan(latin.height)
  })

  it('draws spaces a font lacks (French thousands) with its space glyph', () => {
    const line = layoutText('1\u202F000 km', 'ltr', { size: 10 }).lines[0] as TextLine
    const glyphs = line.runs.flatMap((r) => r.run.glyphs)
    expect(line.runs.map((r) => r.run.text).join('')).toBe('1\u202F000 km')
    expect(glyphs.map((g) => g.id)).not.toContain(0)
    expect((glyphs[1] as { advance: number }).advance).toBeGreaterThan(0)
  })

  it('replaces characters no bundled font has instead of drawing glyph 0', () => {
    const line = layoutText('Ж中🙂', 'ltr', { size: 10 }).lines[0] as TextLine
    expect(line.runs.map((r) => r.run.text).join('')).toBe('\uFFFD\uFFFD\uFFFD')
    expect(line.runs.flatMap((r) => r.run.glyphs.map((g) => g.id))).not.toContain(0)
  })
})
