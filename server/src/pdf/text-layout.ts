import bidiModule from 'bidi-js'
import { type FontFace, facesFor, type Weight } from './fonts/faces.ts'
import { assignFaces, isBidiControl } from './script.ts'
import { type ShapedRun, shapeRun } from './shaping.ts'

export type Direction = 'ltr' | 'rtl'

export interface TextStyle {
  /** Font size in points. */
  size: number
  bold?: boolean
  /** Minimum line height as a multiple of the size (default 1.3); tall scripts get more. */
  lineHeight?: number
}

/** A shaped run placed on a line: `x` is its left edge from the line's left edge, in points. */
export interface PlacedRun {
  readonly run: ShapedRun
  readonly x: number
  readonly width: number
}

export interface TextLine {
  /** Runs in visual order, left to right. */
  readonly runs: readonly PlacedRun[]
  readonly width: number
  readonly height: number
  /** Distance from the top of the line box to the baseline. */
  readonly baseline: number
}

export interface TextBlock {
  readonly lines: readonly TextLine[]
  readonly width: number
  readonly height: number
  readonly direction: Direction
  readonly size: number
}

// bidi-js is CommonJS (`module.exports = bidiFactory`) while its types declare an ES default.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default
const bidi = bidiFactory()
/** Laid-out blocks by text and style: cells and labels repeat across rows and documents. */
const blocks = new Map<string, TextBlock>()
const BLOCK_CACHE_LIMIT = 5000
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

interface Piece {
  run: ShapedRun
  level: number
}

interface Word {
  start: number
  end: number
  /** End of the spaces that follow the word. */
  spaceEnd: number
}

/**
 * Lays text out in lines no wider than `maxWidth`: the one way text reaches a PDF. Each paragraph
 * gets its bidi levels (bidi-js, base direction from the language), is cut into runs of one level
 * and one font face (by script; digits and punctuation follow their neighbours), each run is
 * shaped by HarfBuzz in logical order, lines break at spaces by shaped width (a word wider than
 * a line breaks between grapheme clusters), and each line's runs are put in visual order by
 * reversing runs level by level (rule L2). Characters are never reversed before shaping.
 */
export function layoutText(
  text: string,
  direction: Direction,
  style: TextStyle,
  maxWidth = Number.POSITIVE_INFINITY,
): TextBlock {
  const key = `${direction}|${style.size}|${style.bold ? 'b' : ''}|${style.lineHeight ?? ''}|${maxWidth}|${text}`
  const hit = blocks.get(key)
  if (hit) return hit
  const weight: Weight = style.bold ? 700 : 400
  const lines = text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .flatMap((paragraph) => layoutParagraph(paragraph, direction, style, weight, maxWidth))
  const block: TextBlock = {
    lines,
    width: Math.max(0, ...lines.map((l) => l.width)),
    height: lines.reduce((sum, l) => sum + l.height, 0),
    direction,
    size: style.size,
  }
  if (blocks.size >= BLOCK_CACHE_LIMIT) blocks.clear()
  blocks.set(key, block)
  return block
}

function layoutParagraph(
  paragraph: string,
  direction: Direction,
  style: TextStyle,
  weight: Weight,
  maxWidth: number,
): TextLine[] {
  const collapsed = paragraph.replace(/[\t\u0020]+/g, ' ').trim()
  const { text, faces } = assignFaces(collapsed, weight)
  const levels = bidi.getEmbeddingLevels(text, direction).levels
  const controls = Array.from({ length: text.length }, (_c, i) => isBidiControl(text.charCodeAt(i)))
  const scale = style.size
  const widthOf = (pieces: Piece[]) =>
    pieces.reduce((sum, p) => sum + (p.run.advance * scale) / p.run.face.unitsPerEm, 0)

  /** Shapes [start, end) as runs of one level and one face each, in logical order. */
  function shapeRange(start: number, end: number): Piece[] {
    const pieces: Piece[] = []
    let from = start
    for (let i = start + 1; i <= end; i++) {
      if (
        i === end ||
        levels[i] !== levels[from] ||
        faces[i] !== faces[from] ||
        controls[i] !== controls[from]
      ) {
        const level = levels[from] as number
        const face = faces[from] as FontFace
        if (!controls[from]) {
          pieces.push({ run: shapeRun(face, text.slice(from, i), level % 2 === 1), level })
        }
        from = i
      }
    }
    return pieces
  }

  const words: Word[] = []
  for (let i = 0; i < text.length; ) {
    const start = i
    while (i < text.length && text[i] !== ' ') i++
    const end = i
    while (i < text.length && text[i] === ' ') i++
    words.push({ start, end, spaceEnd: i })
  }

  const lines: Word[][] = []
  let current: Word[] = []
  let width = 0
  for (const word of words) {
    const body = widthOf(shapeRange(word.start, word.end))
    if (current.length > 0 && width + body > maxWidth) {
      lines.push(current)
      current = []
      width = 0
    }
    let rest = word
    if (body > maxWidth) {
      // A word wider than the line: break it between grapheme clusters.
      const pieces = splitWord(word, maxWidth)
      const last = pieces.pop() as Word
      for (const piece of pieces) lines.push([piece])
      rest = { start: last.start, end: word.end, spaceEnd: word.spaceEnd }
    }
    current.push(rest)
    width += widthOf(shapeRange(rest.start, rest.spaceEnd))
  }
  lines.push(current)

  function splitWord(word: Word, limit: number): Word[] {
    const bounds = [...graphemes.segment(text.slice(word.start, word.end))].map(
      (s) => word.start + s.index + s.segment.length,
    )
    const out: Word[] = []
    let start = word.start
    while (start < word.end) {
      const candidates = bounds.filter((b) => b > start)
      let end = candidates[0] as number
      for (const b of candidates) {
        if (widthOf(shapeRange(start, b)) > limit) break
        end = b
      }
      out.push({ start, end, spaceEnd: end })
      start = end
    }
    return out
  }

  return lines.map((line) => {
    const pieces = line.flatMap((word, i) =>
      shapeRange(word.start, i === line.length - 1 ? word.end : word.spaceEnd),
    )
    return placeLine(visualOrder(pieces), style)
  })
}

/** Rule L2 of the bidi algorithm on whole runs: reverse every sequence at or above each level. */
function visualOrder(pieces: Piece[]): Piece[] {
  const out = pieces.slice()
  let highest = 0
  let lowestOdd = Number.POSITIVE_INFINITY
  for (const p of out) {
    highest = Math.max(highest, p.level)
    if (p.level % 2 === 1) lowestOdd = Math.min(lowestOdd, p.level)
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if ((out[i] as Piece).level < level) {
        i++
        continue
      }
      let j = i
      while (j < out.length && (out[j] as Piece).level >= level) j++
      const reversed = out.slice(i, j).reverse()
      out.splice(i, j - i, ...reversed)
      i = j
    }
  }
  return out
}

function placeLine(pieces: Piece[], style: TextStyle): TextLine {
  const size = style.size
  // Every line reserves at least the Latin face's extent, so baselines of neighbouring cells
  // line up whatever their scripts; taller scripts (Arabic, Kannada) add to it.
  const latin = facesFor(400)[0] as FontFace
  let x = 0
  let ascent = latin.ascent * size
  let descent = latin.descent * size
  const runs = pieces.map(({ run }) => {
    const width = (run.advance * size) / run.face.unitsPerEm
    const placed = { run, x, width }
    x += width
    ascent = Math.max(ascent, run.face.ascent * size)
    descent = Math.max(descent, run.face.descent * size)
    return placed
  })
  const height = Math.max(ascent + descent, size * (style.lineHeight ?? 1.3))
  return { runs, width: x, height, baseline: (height - ascent - descent) / 2 + ascent }
}
