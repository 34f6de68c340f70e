import * as hb from 'harfbuzzjs'
import type { FontFace, Script } from './fonts/faces.ts'

/** One glyph HarfBuzz placed, in font units; glyphs of a run are in visual (left-to-right) order. */
export interface ShapedGlyph {
  /** Glyph id in the face's font file. */
  readonly id: number
  /** UTF-16 index, in the run's text, of the first character this glyph comes from. */
  readonly cluster: number
  readonly advance: number
  readonly dx: number
  readonly dy: number
}

export interface ShapedRun {
  readonly face: FontFace
  readonly text: string
  readonly rtl: boolean
  readonly glyphs: readonly ShapedGlyph[]
  /** Sum of the advances, in font units. */
  readonly advance: number
}

const LANGUAGE_OF_SCRIPT: Record<Script, string> = {
  Latn: 'en',
  Arab: 'ar',
  Deva: 'hi',
  Knda: 'kn',
  Taml: 'ta',
}

// JavaScript is single-threaded: one HarfBuzz buffer serves every call.
const buffer = new hb.Buffer()
const CACHE_LIMIT = 20_000
const cache = new Map<string, ShapedRun>()

/**
 * Shapes text of one face and one direction with HarfBuzz (OpenType GSUB/GPOS: Arabic joining
 * and lam-alef, Indic reordering, conjuncts, reph and vowel signs). Results are cached: labels,
 * day names and words repeat across rows and documents.
 */
export function shapeRun(face: FontFace, text: string, rtl: boolean): ShapedRun {
  const key = `${face.key}\u0000${rtl ? 'r' : 'l'}\u0000${text}`
  const hit = cache.get(key)
  if (hit) return hit
  buffer.reset()
  buffer.addText(text)
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR)
  buffer.setScript(face.script)
  buffer.setLanguage(LANGUAGE_OF_SCRIPT[face.script])
  hb.shape(face.hb, buffer)
  const infos = buffer.getGlyphInfos()
  const positions = buffer.getGlyphPositions()
  let advance = 0
  const glyphs = infos.map((info, i): ShapedGlyph => {
    const position = positions[i] as hb.GlyphPosition
    advance += position.xAdvance
    return {
      id: info.codepoint,
      cluster: info.cluster,
      advance: position.xAdvance,
      dx: position.xOffset,
      dy: position.yOffset,
    }
  })
  const run: ShapedRun = { face, text, rtl, glyphs, advance }
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, run)
  return run
}
