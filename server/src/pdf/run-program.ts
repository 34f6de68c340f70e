import type { ShapedRun } from './shaping.ts'

/**
 * What writing a shaped run needs besides the document: per glyph its font-file id, /W width,
 * ToUnicode text, the horizontal shifts around it and its vertical offset; plus the ActualText
 * spans. Independent of the document and the size, so computed once per run and cached.
 */
export interface RunProgram {
  readonly run: ShapedRun
  /** Advance width from the font's metrics, in thousandths of an em (the PDF's /W). */
  readonly widths: readonly number[]
  /** Characters each glyph stands for (ToUnicode); empty when its cluster is mapped elsewhere. */
  readonly texts: readonly (readonly number[])[]
  /** Shift before the glyph (its x offset), thousandths of an em, positive to the right. */
  readonly before: readonly number[]
  /** Shift after the glyph, to land on HarfBuzz's advance instead of the /W width. */
  readonly after: readonly number[]
  /** Vertical offset (font units, up). */
  readonly rise: readonly number[]
  /** Marked-content spans carrying logical text, keyed by their first glyph. */
  readonly spans: ReadonlyMap<number, { text: string; last: number }>
  /** Glyphs that end a span. */
  readonly spanEnds: ReadonlySet<number>
}

const programs = new WeakMap<ShapedRun, RunProgram>()

export function runProgram(run: ShapedRun): RunProgram {
  let program = programs.get(run)
  if (!program) {
    program = compile(run)
    programs.set(run, program)
  }
  return program
}

function compile(run: ShapedRun): RunProgram {
  const face = run.face
  const k = 1000 / face.unitsPerEm
  const widths = run.glyphs.map((g) => face.advance(g.id) * k)
  const spans = actualTextSpans(run)
  return {
    run,
    widths,
    texts: glyphTexts(run),
    before: run.glyphs.map((g) => g.dx * k),
    after: run.glyphs.map((g, i) => g.advance * k - g.dx * k - (widths[i] as number)),
    rise: run.glyphs.map((g) => g.dy),
    spans,
    spanEnds: new Set([...spans.values()].map((span) => span.last)),
  }
}

/** Cluster starts in text order, and where each cluster's text ends. */
function clusterEnds(run: ShapedRun): Map<number, number> {
  const starts = [...new Set(run.glyphs.map((g) => g.cluster))].sort((a, b) => a - b)
  return new Map(starts.map((s, i) => [s, starts[i + 1] ?? run.text.length]))
}

/**
 * The characters each glyph stands for, for the ToUnicode map (copy/paste, search, pdftotext):
 * a glyph that is the font's own glyph for a character of its cluster gets that character; the
 * cluster's other characters go to its first remaining glyph (conjuncts, ligatures).
 */
function glyphTexts(run: ShapedRun): number[][] {
  const out: number[][] = run.glyphs.map(() => [])
  for (const [start, end] of clusterEnds(run)) {
    const chars = [...run.text.slice(start, end)].map((c) => c.codePointAt(0) as number)
    const members = run.glyphs.flatMap((g, i) => (g.cluster === start ? [i] : []))
    if (run.rtl) members.reverse()
    const rest: number[] = []
    for (const cp of chars) {
      const nominal = run.face.nominalGlyph(cp)
      const i = members.find((m) => run.glyphs[m]?.id === nominal && out[m]?.length === 0)
      if (i === undefined) rest.push(cp)
      else out[i] = [cp]
    }
    const first = members.find((m) => out[m]?.length === 0) ?? members[0]
    if (rest.length > 0 && first !== undefined) out[first] = [...(out[first] ?? []), ...rest]
  }
  return out
}

/**
 * Complex scripts draw glyphs that do not map one-to-one to characters (conjuncts, reordered
 * vowel signs, Arabic letters built from shared skeletons), so their text also travels as
 * /ActualText in logical order. An Indic run is one span; an Arabic run gets one span per
 * cluster, so a reader that orders right-to-left text itself (pdftotext) still reads it right.
 */
function actualTextSpans(run: ShapedRun): Map<number, { text: string; last: number }> {
  const spans = new Map<number, { text: string; last: number }>()
  if (run.face.script === 'Latn' || run.glyphs.length === 0) return spans
  if (!run.rtl) {
    spans.set(0, { text: run.text, last: run.glyphs.length - 1 })
    return spans
  }
  const ends = clusterEnds(run)
  let first = 0
  run.glyphs.forEach((glyph, i) => {
    if (run.glyphs[i + 1]?.cluster === glyph.cluster) return
    spans.set(first, { text: run.text.slice(glyph.cluster, ends.get(glyph.cluster)), last: i })
    first = i + 1
  })
  return spans
}
