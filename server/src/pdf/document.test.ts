import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { pdfToText, tracedPdf } from '../../test/support/pdf.ts'
import { LANGUAGES } from '../platform/embedded/demo-country/text.ts'
import { directionOf } from './direction.ts'
import { PDF_LABELS, type PdfLabels } from './labels.ts'
import { drawQrModules } from './qr-slot.ts'
import { isolateLtr } from './script.ts'
import { drawTable } from './table.ts'

function pdfInfo(pdf: Uint8Array, args: string[] = []): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile('pdfinfo', [...args, '-'], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
    )
    child.stdin?.end(Buffer.from(pdf))
  })
}

/** Every string of a language's labels, templates filled with sample values. */
function allLabels(labels: PdfLabels): string[] {
  const c = labels.centres
  return [
    labels.serviceName,
    labels.pageOf(2, 13),
    labels.generatedOn('2026-05-04 10:12:00 UTC+05:30'),
    c.title,
    c.nearbyTitle,
    c.search('City', 'Salé'),
    c.nearby(c.kilometres('12.5'), '12.802955', '25.088719'),
    c.count(1),
    c.count(98),
    c.truncated(100, 240),
    c.none,
    c.centreId('10070'),
    ...Object.values(c.columns),
    ...Object.values(labels.documents.columns),
    labels.documents.title,
    labels.documents.intro,
    labels.documents.none,
  ]
}

describe('PDF documents', () => {
  it('writes a real PDF whose Latin and numeric text extracts, in a right-to-left document', async () => {
    const { writer } = tracedPdf('rtl', { lang: 'ar', title: 'مراكز التسجيل' })
    writer.paragraph(`رقم المركز: ${isolateLtr('CTR-10070')} الهاتف ${isolateLtr('0237557858')}`)
    writer.paragraph(`عطلة ${isolateLtr('2026-12-18')} يوم الوحدة الوطنية`)
    const pdf = await writer.finish()
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    const { code, text } = await pdfToText(pdf)
    expect(code).toBe(0)
    for (const field of ['CTR-10070', '0237557858', '2026-12-18', '2026-05-04 10:00:00']) {
      expect(text).toContain(field)
    }
    expect(text).toContain('Page 1 of 1')
  })

  it('breaks a long table across pages, repeating the header row, with page x of y', async () => {
    const { writer } = tracedPdf('ltr')
    drawTable(writer, {
      caption: { title: 'Centres', text: 'All of them' },
      columns: [
        { header: 'Centre ID', weight: 1 },
        { header: 'Telephone', weight: 1 },
        { header: 'Notes', weight: 3 },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [
        `C-${10000 + i}`,
        `02${String(30000000 + i)}`,
        ['first line', { text: 'second line', muted: true }],
      ]),
    })
    const pdf = await writer.finish()
    const pages = (await pdfToText(pdf, ['-layout'])).text.split('\f').filter((p) => p.trim())
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((page, i) => {
      expect(page).toContain('Centre ID')
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`)
    })
    const all = pages.join('\n')
    for (let i = 0; i < 120; i++) expect(all).toContain(`C-${10000 + i}`)
    expect(all.indexOf('C-10000')).toBeLessThan(all.indexOf('C-10119'))
  })

  it('protects a document with a password (AES-256)', async () => {
    const { writer } = tracedPdf('ltr', { password: { user: 'K7Q2', owner: 'owner-secret' } })
    writer.paragraph('UIN 4617289304 VID 1234567890123456')
    const pdf = await writer.finish()
    const locked = await pdfToText(pdf)
    expect(locked.code).not.toBe(0)
    expect(locked.text).not.toContain('4617289304')
    const opened = await pdfToText(pdf, ['-upw', 'K7Q2'])
    expect(opened.code).toBe(0)
    expect(opened.text).toContain('UIN 4617289304')
    const info = await pdfInfo(pdf, ['-upw', 'K7Q2'])
    expect(info.out).toMatch(/Encrypted:\s+yes.*AES-256/)
  })

  it('offers a slot for a QR code and a hook for signing', async () => {
    const events: string[] = []
    const { writer } = tracedPdf('ltr', {
      signer: {
        prepare: () => events.push('prepare'),
        sign: async (pdf) => {
          events.push(`sign ${Buffer.from(pdf.subarray(0, 4)).toString('latin1')}`)
          return pdf
        },
      },
    })
    const top = writer.y
    writer.slot(
      90,
      90,
      ({ doc, x, y, width }) => {
        expect(x + width).toBeLessThanOrEqual(writer.left + writer.width)
        const modules = { size: 21, get: (r: number, c: number) => (r * 7 + c * 3) % 5 === 0 }
        drawQrModules(doc, modules, { x, y, size: width })
      },
      'end',
    )
    expect(writer.y).toBe(top + 90)
    const pdf = await writer.finish()
    expect(events).toEqual(['prepare', 'sign %PDF'])
    expect((await pdfToText(pdf)).code).toBe(0)
  })

  for (const [lang, labels] of Object.entries(PDF_LABELS)) {
    it(`prints every ${lang} label without a missing glyph`, async () => {
      const { writer, placed } = tracedPdf(directionOf(LANGUAGES, lang), { lang: labels.bcp47 })
      for (const label of allLabels(labels)) writer.paragraph(label)
      const pdf = await writer.finish()
      expect(placed.length).toBeGreaterThan(20)
      for (const run of placed) {
        expect(run.glyphIds, run.text).not.toContain(0)
        expect(run.text, run.text).not.toContain('\uFFFD')
      }
      expect((await pdfToText(pdf)).code).toBe(0)
    })
  }
})
