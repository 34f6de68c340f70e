import type { FontFace } from './fonts/faces.ts'
import { type RunProgram, runProgram } from './run-program.ts'
import type { ShapedRun } from './shaping.ts'
import type { TextBlock, TextLine } from './text-layout.ts'

type Doc = PDFKit.PDFDocument

/**
 * The parts of pdfkit's EmbeddedFont we write glyphs through (pdfkit 0.20, pinned): its fontkit
 * subset, the /W widths and the ToUnicode map, all indexed by the glyph's id in the subset.
 * pdfkit's own text() would re-shape with fontkit, which gets Kannada, Tamil and some Devanagari
 * conjuncts wrong; we place HarfBuzz's glyphs instead.
 */
interface EmbeddedFont {
  id: string
  subset: { includeGlyph(glyphId: number): number }
  widths: number[]
  unicode: number[][]
  ref(): unknown
}

interface DocFonts {
  fonts: Map<string, EmbeddedFont>
  /** Operators of each run already written, by size (runs repeat: labels, day names…). */
  operators: Map<ShapedRun, Map<number, string>>
  /** Subset glyphs whose ToUnicode entry is still empty (a later use may give it text). */
  unmapped: Map<EmbeddedFont, Set<number>>
  trace?: GlyphTrace
}

/** What the engine placed: glyph ids of the face's font file, in visual order. */
export interface PlacedGlyphs {
  faceKey: string
  glyphIds: number[]
  text: string
  rtl: boolean
}
export type GlyphTrace = (placed: PlacedGlyphs) => void

const documents = new WeakMap<Doc, DocFonts>()

function fontsOf(doc: Doc): DocFonts {
  let state = documents.get(doc)
  if (!state) {
    state = { fonts: new Map(), operators: new Map(), unmapped: new Map() }
    documents.set(doc, state)
  }
  return state
}

/** Reports every glyph run drawn into `doc` (tests compare them with HarfBuzz's own output). */
export function traceGlyphs(doc: Doc, trace: GlyphTrace): void {
  fontsOf(doc).trace = trace
}

function embeddedFont(doc: Doc, face: FontFace): EmbeddedFont {
  const state = fontsOf(doc)
  let font = state.fonts.get(face.key)
  if (!font) {
    doc.registerFont(face.key, face.bytes)
    doc.font(face.key)
    font = (doc as unknown as { _font: EmbeddedFont })._font
    if (
      typeof font?.subset?.includeGlyph !== 'function' ||
      !Array.isArray(font.widths) ||
      !Array.isArray(font.unicode) ||
      typeof font.ref !== 'function'
    ) {
      throw new Error('pdfkit internals changed: cannot place shaped glyphs')
    }
    state.fonts.set(face.key, font)
    state.unmapped.set(font, new Set())
  }
  const page = doc.page as unknown as { fonts: Record<string, unknown> }
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
  return font
}

const num = (value: number) => String(Math.round(value * 1000) / 1000)

function utf16Hex(text: string): string {
  let hex = ''
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return hex
}

/**
 * The content-stream operators that show a run at the current text position, for this
 * document's subset of the font (glyph ids are renumbered per document) and this size. Offsets
 * become TJ shifts and text rise, so the same operators serve every position of the run.
 */
function runOperators(doc: Doc, program: RunProgram, size: number): string {
  const state = fontsOf(doc)
  const font = embeddedFont(doc, program.run.face)
  const unmapped = state.unmapped.get(font) as Set<number>
  const scale = size / program.run.face.unitsPerEm
  const out: string[] = []
  let tj: string[] = []
  const flush = () => {
    if (tj.length > 0) out.push(`[${tj.join(' ')}] TJ`)
    tj = []
  }
  let shift = 0
  let rise = 0
  program.run.glyphs.forEach((glyph, i) => {
    const sub = font.subset.includeGlyph(glyph.id)
    if (font.widths[sub] == null) font.widths[sub] = program.widths[i] as number
    const text = program.texts[i] as number[]
    if (font.unicode[sub] == null || (text.length > 0 && unmapped.has(sub))) {
      font.unicode[sub] = text
      if (text.length === 0) unmapped.add(sub)
      else unmapped.delete(sub)
    }
    const span = program.spans.get(i)
    if (span) {
      flush()
      out.push(`/Span <</ActualText <FEFF${utf16Hex(span.text)}>>> BDC`)
    }
    const glyphRise = program.rise[i] as number
    if (glyphRise !== rise) {
      flush()
      out.push(`${num(glyphRise * scale)} Ts`)
      rise = glyphRise
    }
    shift += program.before[i] as number
    if (Math.abs(shift) > 0.0005) tj.push(num(-shift))
    tj.push(`<${sub.toString(16).padStart(4, '0')}>`)
    shift = program.after[i] as number
    if (program.spanEnds.has(i)) {
      flush()
      out.push('EMC')
    }
  })
  flush()
  if (rise !== 0) out.push('0 Ts')
  return out.join('\n')
}

/** The operators that draw one shaped run with its left edge at `x` and its baseline at `y`. */
function runContent(doc: Doc, run: ShapedRun, x: number, y: number, size: number): string {
  const state = fontsOf(doc)
  let bySize = state.operators.get(run)
  if (!bySize) {
    bySize = new Map()
    state.operators.set(run, bySize)
  }
  let body = bySize.get(size)
  if (body === undefined) {
    body = runOperators(doc, runProgram(run), size)
    bySize.set(size, body)
  }
  const font = embeddedFont(doc, run.face)
  state.trace?.({
    faceKey: run.face.key,
    glyphIds: run.glyphs.map((g) => g.id),
    text: run.text,
    rtl: run.rtl,
  })
  return `BT\n/${font.id} ${num(size)} Tf\n1 0 0 -1 ${num(x)} ${num(y)} Tm\n${body}\nET`
}

/** Draws one shaped run with its left edge at `x` and its baseline at `y` (user space). */
export function drawRun(doc: Doc, run: ShapedRun, x: number, y: number, size: number): void {
  doc.addContent(runContent(doc, run, x, y, size))
}

export type Align = 'start' | 'end' | 'center'

function lineContent(
  doc: Doc,
  block: TextBlock,
  line: TextLine,
  x: number,
  top: number,
  width: number,
  align: Align,
): string[] {
  const free = width - line.width
  const rightAligned = align === 'end' ? block.direction === 'ltr' : block.direction === 'rtl'
  const offset = align === 'center' ? free / 2 : rightAligned ? free : 0
  return line.runs.map((placed) =>
    runContent(doc, placed.run, x + offset + placed.x, top + line.baseline, block.size),
  )
}

/**
 * Draws one laid-out line in a box `width` wide whose top edge is at `top`. `start` is the left
 * edge for left-to-right text and the right edge for right-to-left text.
 */
export function drawTextLine(
  doc: Doc,
  block: TextBlock,
  line: TextLine,
  x: number,
  top: number,
  width: number,
  align: Align = 'start',
): void {
  const content = lineContent(doc, block, line, x, top, width, align)
  if (content.length > 0) doc.addContent(content.join('\n'))
}

/** Draws every line of a block, the first line's top at `y` (one content write per block). */
export function drawTextBlock(
  doc: Doc,
  block: TextBlock,
  x: number,
  y: number,
  width: number,
  align: Align = 'start',
): void {
  let top = y
  const content: string[] = []
  for (const line of block.lines) {
    content.push(...lineContent(doc, block, line, x, top, width, align))
    top += line.height
  }
  if (content.length > 0) doc.addContent(content.join('\n'))
}
