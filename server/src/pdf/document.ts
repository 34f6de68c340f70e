import PDFDocument from 'pdfkit'
import { type Align, drawTextLine, type GlyphTrace, traceGlyphs } from './glyph-writer.ts'
import { drawDefaultLogo, type LogoDrawer } from './logo.ts'
import { drawFooter, drawHeader, type PageGeometry, type PageTemplate } from './page-template.ts'
import { type Direction, layoutText, type TextBlock, type TextStyle } from './text-layout.ts'
import { THEME } from './theme.ts'

/**
 * Signs a finished document (later: keymanager/PKCS#7). `prepare` runs before the document is
 * finished, to add what the signature needs (a signature field with a byte-range placeholder);
 * `sign` gets the finished bytes and returns the signed ones.
 */
export interface PdfSigner {
  prepare?(doc: PDFKit.PDFDocument): void
  sign(pdf: Uint8Array): Promise<Uint8Array>
}

export interface PdfOptions {
  direction: Direction
  /** BCP 47 tag of the document's language (the PDF's /Lang), e.g. `ar`. */
  lang: string
  title: string
  subtitle?: string
  issuer?: string
  /** Footer, start side: e.g. "Generated on …". */
  footerNote: string
  /** Footer, end side: "Page x of y" in the document's language. */
  pageOf(page: number, pages: number): string
  orientation?: 'portrait' | 'landscape'
  logo?: LogoDrawer
  /** AES-256 encryption (PDF 1.7 extension level 3): opening needs the user password. */
  password?: { user: string; owner: string }
  signer?: PdfSigner
  /** Reports every glyph run placed (tests compare them with HarfBuzz). */
  trace?: GlyphTrace
}

export interface ParagraphStyle extends Partial<TextStyle> {
  color?: string
  align?: Align
  /** Space after the paragraph, in points (default a third of the size). */
  after?: number
}

/** A document being written top to bottom; pages are added as content needs them. */
export interface PdfWriter {
  readonly doc: PDFKit.PDFDocument
  readonly direction: Direction
  /** Left edge and width of the content area. */
  readonly left: number
  readonly width: number
  /** Lowest y content may reach on a page. */
  readonly bottom: number
  /** Where the next content goes. */
  y: number
  newPage(): void
  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void
  /** Lays out text in this document's direction (wrapped to `width`, default the content width). */
  layout(text: string, style?: Partial<TextStyle>, width?: number): TextBlock
  /** A wrapped paragraph; it continues on the next page when it does not fit. */
  paragraph(text: string, style?: ParagraphStyle): void
  /**
   * Reserves a `width` × `height` box at the cursor (start side by default) and lets `draw` fill
   * it: the slot for a QR code (see drawQrModules), a photo or a signature image.
   */
  slot(width: number, height: number, draw: (box: SlotBox) => void, align?: Align): void
  /** Adds footers ("page x of y"), ends the document, signs it when a signer is set. */
  finish(): Promise<Uint8Array>
}

export interface SlotBox {
  doc: PDFKit.PDFDocument
  x: number
  y: number
  width: number
  height: number
}

/** Starts an A4 document with the page template (header on every page, footer at the end). */
export function createPdf(options: PdfOptions): PdfWriter {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.orientation ?? 'portrait',
    margin: THEME.margin,
    autoFirstPage: false,
    bufferPages: true,
    lang: options.lang,
    displayTitle: true,
    pdfVersion: options.password ? '1.7ext3' : '1.7',
    ...(options.password
      ? {
          userPassword: options.password.user,
          ownerPassword: options.password.owner,
          permissions: { printing: 'highResolution', copying: true, contentAccessibility: true },
        }
      : {}),
    info: {
      Title: options.title,
      ...(options.subtitle ? { Subject: options.subtitle } : {}),
      Creator: 'Resident Services',
    },
  })
  if (options.trace) traceGlyphs(doc, options.trace)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })

  const template: PageTemplate = {
    direction: options.direction,
    title: options.title,
    ...(options.subtitle ? { subtitle: options.subtitle } : {}),
    ...(options.issuer ? { issuer: options.issuer } : {}),
    logo: options.logo ?? drawDefaultLogo,
    footerNote: options.footerNote,
    pageOf: options.pageOf,
  }
  const geometry = (): PageGeometry => ({
    left: THEME.margin,
    width: doc.page.width - 2 * THEME.margin,
    top: THEME.margin,
    bottom: doc.page.height - THEME.margin - 22,
    pageHeight: doc.page.height,
  })

  const writer: PdfWriter = {
    doc,
    direction: options.direction,
    left: THEME.margin,
    width: 0,
    bottom: 0,
    y: 0,
    newPage() {
      doc.addPage()
      const page = geometry()
      Object.assign(writer, { width: page.width, bottom: page.bottom })
      writer.y = drawHeader(doc, template, page)
    },
    ensureSpace(height) {
      if (writer.y + height > writer.bottom) writer.newPage()
    },
    layout(text, style = {}, width = writer.width) {
      return layoutText(text, options.direction, { size: THEME.bodySize, ...style }, width)
    },
    paragraph(text, style = {}) {
      const block = writer.layout(text, style)
      for (const line of block.lines) {
        writer.ensureSpace(line.height)
        doc.fillColor(style.color ?? THEME.text)
        drawTextLine(doc, block, line, writer.left, writer.y, writer.width, style.align)
        writer.y += line.height
      }
      writer.y += style.after ?? block.size / 3
    },
    slot(width, height, draw, align = 'start') {
      writer.ensureSpace(height)
      const right = align === 'end' ? options.direction === 'ltr' : options.direction === 'rtl'
      const free = writer.width - width
      const x = writer.left + (align === 'center' ? free / 2 : right ? free : 0)
      draw({ doc, x, y: writer.y, width, height })
      writer.y += height
    },
    async finish() {
      options.signer?.prepare?.(doc)
      const { start, count } = doc.bufferedPageRange()
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i)
        drawFooter(doc, template, geometry(), i - start + 1, count)
      }
      doc.end()
      await ended
      const bytes = new Uint8Array(Buffer.concat(chunks))
      return options.signer ? options.signer.sign(bytes) : bytes
    },
  }
  writer.newPage()
  return writer
}
