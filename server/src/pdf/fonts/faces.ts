import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as hb from 'harfbuzzjs'
import { woffToSfnt } from './woff.ts'

/** ISO 15924 tags of the scripts the bundled fonts write. */
export type Script = 'Latn' | 'Arab' | 'Deva' | 'Knda' | 'Taml'
export type Weight = 400 | 700

/** One font file (a script subset of a Noto family, in one weight), ready to shape and embed. */
export interface FontFace {
  /** Unique name, e.g. `devanagari-700`; also the name the face is registered under in pdfkit. */
  readonly key: string
  readonly script: Script
  readonly weight: Weight
  /** Plain OpenType bytes (unpacked from the WOFF): pdfkit embeds them, HarfBuzz shapes with them. */
  readonly bytes: Uint8Array
  readonly unitsPerEm: number
  /** Line-box extent above and below the baseline, in ems. */
  readonly ascent: number
  readonly descent: number
  readonly hb: hb.Font
  has(codePoint: number): boolean
  /** Horizontal advance of a glyph as the font's metrics give it (font units). */
  advance(glyphId: number): number
  /** The glyph the font's cmap gives a character (no shaping), if any. */
  nominalGlyph(codePoint: number): number | undefined
}

interface FaceSource {
  name: string
  script: Script
  pkg: string
  file: string
  /** Caps on the line box (ems): the Arabic subset declares 1.37/0.74, far more than text needs. */
  maxAscent: number
  maxDescent: number
}

/** Fallback order: a character goes to the first face (after its own script's) that has it. */
const SOURCES: FaceSource[] = [
  {
    name: 'latin',
    script: 'Latn',
    pkg: '@fontsource/noto-sans',
    file: 'noto-sans-latin',
    maxAscent: 1.07,
    maxDescent: 0.3,
  },
  {
    name: 'latin-ext',
    script: 'Latn',
    pkg: '@fontsource/noto-sans',
    file: 'noto-sans-latin-ext',
    maxAscent: 1.07,
    maxDescent: 0.3,
  },
  {
    name: 'arabic',
    script: 'Arab',
    pkg: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic-arabic',
    maxAscent: 1.0,
    maxDescent: 0.45,
  },
  {
    name: 'devanagari',
    script: 'Deva',
    pkg: '@fontsource/noto-sans-devanagari',
    file: 'noto-sans-devanagari-devanagari',
    maxAscent: 1.07,
    maxDescent: 0.42,
  },
  {
    name: 'kannada',
    script: 'Knda',
    pkg: '@fontsource/noto-sans-kannada',
    file: 'noto-sans-kannada-kannada',
    maxAscent: 1.0,
    maxDescent: 0.55,
  },
  {
    name: 'tamil',
    script: 'Taml',
    pkg: '@fontsource/noto-sans-tamil',
    file: 'noto-sans-tamil-tamil',
    maxAscent: 1.0,
    maxDescent: 0.38,
  },
]

const require = createRequire(import.meta.url)
const cache = new Map<string, FontFace>()

/** Path of a bundled font file (the npm package's WOFF, resolved like any module file). */
export function fontFilePath(source: { pkg: string; file: string }, weight: Weight): string {
  return require.resolve(`${source.pkg}/files/${source.file}-${weight}-normal.woff`)
}

function loadFace(source: FaceSource, weight: Weight): FontFace {
  const bytes = woffToSfnt(readFileSync(fontFilePath(source, weight)))
  const face = new hb.Face(new hb.Blob(bytes))
  const font = new hb.Font(face)
  const unicodes = new Set(face.collectUnicodes())
  const extents = font.hExtents()
  const upem = face.upem
  const advances = new Map<number, number>()
  return {
    key: `${source.name}-${weight}`,
    script: source.script,
    weight,
    bytes,
    unitsPerEm: upem,
    ascent: Math.min(extents.ascender / upem, source.maxAscent),
    descent: Math.min(-extents.descender / upem, source.maxDescent),
    hb: font,
    has: (codePoint) => unicodes.has(codePoint),
    advance(glyphId) {
      let value = advances.get(glyphId)
      if (value === undefined) {
        value = font.glyphHAdvance(glyphId)
        advances.set(glyphId, value)
      }
      return value
    },
    nominalGlyph: (codePoint) => font.nominalGlyph(codePoint),
  }
}

/** The faces of one weight in fallback order (Latin first). Loaded once, shared by all documents. */
export function facesFor(weight: Weight): readonly FontFace[] {
  return SOURCES.map((source) => {
    const key = `${source.name}-${weight}`
    let face = cache.get(key)
    if (!face) {
      face = loadFace(source, weight)
      cache.set(key, face)
    }
    return face
  })
}

/** The face written in `script`, in the weight (the first one when a script has several files). */
export function faceForScript(script: Script, weight: Weight): FontFace {
  const face = facesFor(weight).find((f) => f.script === script)
  if (!face) throw new Error(`no font for script ${script}`)
  return face
}

/** Every bundled font file with its package, for the licence notice and tests. */
export const FONT_SOURCES: readonly Pick<FaceSource, 'name' | 'pkg' | 'file' | 'script'>[] = SOURCES
