import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as hb from 'harfbuzzjs'
import { createPdf, type PdfOptions } from '../../src/pdf/document.ts'
import { FONT_SOURCES, fontFilePath, type Weight } from '../../src/pdf/fonts/faces.ts'
import { woffToSfnt } from '../../src/pdf/fonts/woff.ts'
import type { PlacedGlyphs } from '../../src/pdf/glyph-writer.ts'
import type { Direction } from '../../src/pdf/text-layout.ts'

/** Helpers for tests of documents (not used by the server). */

export interface PdfText {
  code: number | null
  text: string
  stderr: string
}

/** Text of a PDF as poppler's pdftotext reads it (`-layout` keeps columns on one line). */
export function pdfToText(pdf: Uint8Array, args: string[] = []): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'pdftotext',
      ['-enc', 'UTF-8', ...args, '-', '-'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? (error.code as number) : 0, text: stdout, stderr })
      },
    )
    child.stdin?.end(Buffer.from(pdf))
  })
}

/**
 * pdftotext over several PDFs with one process start from Node (a shell loop runs poppler for
 * each file): spawning from a test worker with a large heap costs more than poppler itself.
 */
export async function pdfsToText(pdfs: Uint8Array[], args: string[] = []): Promise<PdfText[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-text-'))
  try {
    const files = pdfs.map((pdf, i) => {
      const file = path.join(dir, `${i}.pdf`)
      writeFileSync(file, pdf)
      return file
    })
    const script =
      'for f in "$@"; do pdftotext -enc UTF-8 ' +
      args.map((a) => `'${a}'`).join(' ') +
      ' "$f" - 2>/dev/null; printf "\\036%d\\036" $?; done'
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('sh', ['-c', script, 'sh', ...files], { maxBuffer: 256 * 1024 * 1024 }, (e, out) =>
        e ? reject(e) : resolve(out),
      ),
    )
    const parts = stdout.split('\u001e')
    return pdfs.map((_pdf, i) => ({
      text: parts[2 * i] ?? '',
      code: Number(parts[2 * i + 1]),
      stderr: '',
    }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const faces = new Map<string, hb.Font>()

/**
 * HarfBuzz's own glyph ids for text in a bundled font file (`name` as in FONT_SOURCES), with
 * direction (unless given), script and language guessed from the text as HarfBuzz does by
 * itself: the reference the engine's placed glyphs are compared with.
 */
export function referenceGlyphs(
  name: string,
  weight: Weight,
  text: string,
  direction?: Direction,
): number[] {
  const key = `${name}-${weight}`
  let font = faces.get(key)
  if (!font) {
    const source = FONT_SOURCES.find((s) => s.name === name)
    if (!source) throw new Error(`no font ${name}`)
    const bytes = woffToSfnt(readFileSync(fontFilePath(source, weight)))
    font = new hb.Font(new hb.Face(new hb.Blob(bytes)))
    faces.set(key, font)
  }
  const buffer = new hb.Buffer()
  buffer.addText(text)
  if (direction) buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR)
  buffer.guessSegmentProperties()
  hb.shape(font, buffer)
  return buffer.getGlyphInfos().map((g) => g.codepoint)
}

/** A test document that records every glyph run it places. */
export function tracedPdf(direction: Direction, options: Partial<PdfOptions> = {}) {
  const placed: PlacedGlyphs[] = []
  const writer = createPdf({
    direction,
    lang: 'en',
    title: 'Test',
    footerNote: 'Generated on 2026-05-04 10:00:00 UTC',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    ...options,
    trace: (run) => placed.push(run),
  })
  return { writer, placed }
}

/** A word of a PDF page as poppler places it (points from the top left of the page). */
export interface PdfWord {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Every word of a PDF with its box (`pdftotext -bbox`), for tests of where things are drawn. */
export async function pdfWords(pdf: Uint8Array, args: string[] = []): Promise<PdfWord[]> {
  const { code, text, stderr } = await pdfToText(pdf, ['-bbox', ...args])
  if (code !== 0) throw new Error(`pdftotext -bbox failed (${code}): ${stderr}`)
  const words: PdfWord[] = []
  const pages = text.split(/<page\b/).slice(1)
  pages.forEach((page, index) => {
    for (const m of page.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      const [, xMin, yMin, xMax, yMax, word] = m
      words.push({
        page: index + 1,
        text: (word ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })
    }
  })
  return words
}
