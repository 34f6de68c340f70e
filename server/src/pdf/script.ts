import { type FontFace, facesFor, type Script, type Weight } from './fonts/faces.ts'

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Script, RegExp]> = [
  ['Latn', /\p{Script=Latin}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Taml', /\p{Script=Tamil}/u],
]

const scriptCache = new Map<number, Script | null>()

/**
 * The script a character is written in, or null for characters every script shares (digits,
 * spaces, punctuation, combining marks): those take the script of their neighbours.
 */
export function scriptOf(codePoint: number): Script | null {
  if ((codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a)) {
    return 'Latn'
  }
  if (codePoint < 0x80) return null
  let script = scriptCache.get(codePoint)
  if (script === undefined) {
    const char = String.fromCodePoint(codePoint)
    script = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? null
    scriptCache.set(codePoint, script)
  }
  return script
}

/** Bidi marks, embeddings and isolates: they steer the bidi algorithm and are not drawn. */
export function isBidiControl(codePoint: number): boolean {
  return (
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  )
}

/**
 * Keeps a left-to-right value (a date, phone number, code) in one piece inside right-to-left
 * text: without it the bidi algorithm shows "2026-12-18" after Arabic words as "18-12-2026".
 */
export function isolateLtr(value: string): string {
  return `\u2066${value}\u2069`
}

/**
 * Keeps a value of its own direction (a name, a title in another language) in one piece and in
 * its place: first-strong isolate. Items of a list in several scripts ("أنثى / Female / பெண்")
 * then follow the paragraph's order instead of running together: without it the Latin and Tamil
 * items form one left-to-right run and a right-to-left reader meets them in the wrong order.
 */
export function isolateAuto(value: string): string {
  return `\u2068${value}\u2069`
}

const SPACE_SEPARATOR = /\p{Zs}/u

/** What stands in for a character no bundled font has (it is in the Latin face). */
export const REPLACEMENT = 0xfffd

export interface FaceAssignment {
  /** The text with each character no font has replaced by U+FFFD. */
  text: string
  /** The face of each UTF-16 unit (both halves of a surrogate pair get the same face). */
  faces: FontFace[]
}

/**
 * Chooses a font face per character: its own script's face, or — for shared characters — the
 * face of the nearest preceding letter (else the following one), falling back to the first face
 * that has the character. Characters no face has become U+FFFD, so no glyph 0 is ever drawn.
 */
export function assignFaces(text: string, weight: Weight): FaceAssignment {
  const all = facesFor(weight)
  const latin = all[0] as FontFace
  const byScript = new Map<Script, FontFace>()
  for (const face of all) if (!byScript.has(face.script)) byScript.set(face.script, face)

  const codePoints: number[] = []
  const starts: number[] = []
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number
    codePoints.push(cp)
    starts.push(i)
    i += cp > 0xffff ? 2 : 1
  }
  const scripts = codePoints.map(scriptOf)
  // Shared characters take the preceding letter's script, or the following one's at the start.
  let previous: Script | null = null
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i]) previous = scripts[i] as Script
    else scripts[i] = previous
  }
  let next: Script = 'Latn'
  for (let i = scripts.length - 1; i >= 0; i--) {
    if (scripts[i]) next = scripts[i] as Script
    else scripts[i] = next
  }

  let out = ''
  const faces: FontFace[] = []
  codePoints.forEach((cp, i) => {
    if (isBidiControl(cp)) {
      // Kept for the bidi algorithm, never drawn (the layout drops them before shaping).
      out += String.fromCodePoint(cp)
      faces.push(latin)
      return
    }
    const preferred = byScript.get(scripts[i] as Script) ?? latin
    // HarfBuzz draws a space the font lacks (U+202F in French numbers…) with its space glyph.
    const fits =
      preferred.has(cp) || (SPACE_SEPARATOR.test(String.fromCodePoint(cp)) && preferred.has(0x20))
    let face: FontFace | undefined = fits ? preferred : all.find((f) => f.has(cp))
    let char = text.slice(starts[i], (starts[i] as number) + (cp > 0xffff ? 2 : 1))
    if (!face) {
      face = latin
      char = String.fromCodePoint(REPLACEMENT)
    }
    out += char
    for (let k = 0; k < char.length; k++) faces.push(face)
  })
  return { text: out, faces }
}
