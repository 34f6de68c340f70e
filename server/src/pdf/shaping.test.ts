import { describe, expect, it } from 'vitest'
import { referenceGlyphs, tracedPdf } from '../../test/support/pdf.ts'
import type { PlacedGlyphs } from './glyph-writer.ts'
import type { Direction } from './text-layout.ts'

/** Font file names (FONT_SOURCES) by face key prefix: `devanagari-400` → `devanagari`. */
const fontName = (faceKey: string) => faceKey.replace(/-\d+$/, '')

/** Draws one line of text and returns the glyph runs the engine placed for it, left to right. */
function placed(text: string, direction: Direction, bold = false): PlacedGlyphs[] {
  const { writer, placed } = tracedPdf(direction)
  const before = placed.length
  writer.paragraph(text, { bold })
  return placed.slice(before)
}

const SINGLE_SCRIPT: Array<[string, string, Direction, string[]]> = [
  [
    'Arabic (joining, lam-alef, hamza forms)',
    'arabic',
    'rtl',
    ['مراكز التسجيل', 'لا إله إلا الله', 'الأحد والإثنين لأن', 'مركز تسجيل سلا', 'استراحة الغداء'],
  ],
  [
    'Hindi (conjuncts क्ष त्र, reph, i-matra, nukta)',
    'devanagari',
    'ltr',
    [
      'क्षत्रिय',
      'त्रिपुरा',
      'चन्द्रपुर पंजीकरण केंद्र',
      'श्रीमान् हिन्दी कार्यालय',
      'फ़ोन दस्तावेज़ अर्जुन',
      'लक्ष्मी कृष्णन',
    ],
  ],
  [
    'Kannada (ಕ್ಷ, below-base forms, reph, split vowels)',
    'kannada',
    'ltr',
    ['ಕ್ಷೇತ್ರ', 'ನೋಂದಣಿ ಕೇಂದ್ರಗಳು', 'ಕರ್ನಾಟಕ ಸ್ವಾತಂತ್ರ್ಯ', 'ಶ್ರೀ ಕಾರ್ಯ ರಾಷ್ಟ್ರೀಯ', 'ಲಕ್ಷ್ಮಿ ಕೃಷ್ಣನ್'],
  ],
  [
    'Tamil (க்ஷ, ஸ்ரீ, two-part vowels)',
    'tamil',
    'ltr',
    ['க்ஷேத்திரம்', 'பதிவு மையங்கள்', 'ஸ்ரீ கொ கோ கௌ', 'தொலைபேசி திங்கள்', 'ஃபிரான்சுவாஸ் லட்சுமி'],
  ],
]

describe('shaping: the glyphs placed are HarfBuzz’s', () => {
  for (const [label, font, direction, samples] of SINGLE_SCRIPT) {
    it(label, () => {
      for (const text of samples) {
        for (const bold of [false, true]) {
          const runs = placed(text, direction, bold)
          expect(new Set(runs.map((r) => fontName(r.faceKey))), text).toEqual(new Set([font]))
          const ids = runs.flatMap((r) => r.glyphIds)
          expect(ids, text).toEqual(referenceGlyphs(font, bold ? 700 : 400, text))
          expect(ids, text).not.toContain(0)
        }
      }
    })
  }

  it('forms the conjuncts as single glyphs (so the check compares real shaping)', () => {
    for (const [font, conjunct] of [
      ['devanagari', 'क्ष'],
      ['devanagari', 'त्र'],
      ['kannada', 'ಕ್ಷ'],
      ['tamil', 'ஸ்ரீ'],
    ] as const) {
      expect(referenceGlyphs(font, 400, conjunct), conjunct).toHaveLength(1)
    }
    // Noto draws lam-alef as two contextual halves: not the isolated lam and alef.
    const isolated = [
      ...referenceGlyphs('arabic', 400, 'ا'),
      ...referenceGlyphs('arabic', 400, 'ل'),
    ]
    const joined = referenceGlyphs('arabic', 400, 'لا')
    expect(joined).toHaveLength(2)
    expect(joined).not.toEqual(isolated)
  })

  it('Arabic with digits and a Latin code: each run is HarfBuzz’s, runs in visual order', () => {
    const runs = placed('رقم المركز: CTR-10070 والهاتف 0237557858 لأ', 'rtl')
    for (const run of runs) {
      const direction = run.rtl ? 'rtl' : 'ltr'
      expect(run.glyphIds, run.text).toEqual(
        referenceGlyphs(fontName(run.faceKey), 400, run.text, direction),
      )
    }
    const texts = runs.map((r) => r.text.trim()).filter(Boolean)
    // Right to left: the label first (rightmost), the code, "and the phone", the number, "لأ".
    expect(texts[0]).toBe('لأ')
    expect(texts.indexOf('0237557858')).toBeLessThan(texts.indexOf('والهاتف'))
    expect(texts.indexOf('CTR-10070')).toBeLessThan(texts.indexOf('المركز'))
    expect(texts.at(-1)).toBe('رقم')
    expect(runs.find((r) => r.text === 'CTR-10070')?.rtl).toBe(false)
    expect(runs.find((r) => r.text === '0237557858')?.rtl).toBe(false)
  })

  it('keeps an isolated date in order inside Arabic and mirrors brackets', () => {
    const runs = placed('عطلة \u20662026-12-18\u2069 (رسمية)', 'rtl')
    const texts = runs.map((r) => r.text)
    expect(texts).toContain('2026-12-18')
    const brackets = runs.filter((r) => /[()]/.test(r.text))
    for (const run of brackets) {
      expect(run.rtl).toBe(true)
      expect(run.glyphIds).toEqual(referenceGlyphs(fontName(run.faceKey), 400, run.text, 'rtl'))
    }
  })
})
