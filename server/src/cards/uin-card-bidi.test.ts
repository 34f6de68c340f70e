import { beforeAll, describe, expect, it } from 'vitest'
import { TEST_LANGUAGES, testIdentity } from '../../test/support/cards.ts'
import { generateKeys } from '../../test/support/keys.ts'
import { type PdfWord, pdfWords, tracedPdf } from '../../test/support/pdf.ts'
import { isolateLtr } from '../pdf/index.ts'
import type { Keys } from '../platform/keys.ts'
import { cardLanguages } from './card-format.ts'
import { cardPassword } from './password.ts'
import { renderUinCard } from './uin-card-pdf.ts'

/**
 * Where a right-to-left PDF puts ids and values of other scripts, read from the page as poppler
 * lays it out (`pdftotext -bbox`): an id keeps its order, and items in several languages follow
 * the reading order of the card's language.
 */
let keys: Keys
beforeAll(async () => {
  keys = await generateKeys()
})

const PASSWORD = 'test'

async function arabicCard(): Promise<PdfWord[]> {
  const identity = testIdentity(['ara', 'eng', 'tam'])
  const pdf = await renderUinCard({
    identity,
    languages: cardLanguages(
      identity.languages,
      TEST_LANGUAGES.map((l) => l.code),
      TEST_LANGUAGES,
    ),
    keys,
    issuer: 'https://resident.example.org',
    now: new Date('2026-05-04T10:12:00Z'),
    password: PASSWORD,
  })
  expect(cardPassword(identity, 'eng')).not.toBe(PASSWORD)
  return pdfWords(pdf, ['-upw', PASSWORD])
}

/** The one word on page 1 whose text is `text`. */
function word(words: PdfWord[], text: string): PdfWord {
  const found = words.filter((w) => w.page === 1 && w.text === text)
  expect(
    found.map((w) => w.text),
    text,
  ).toEqual([text])
  return found[0] as PdfWord
}

/** The words whose text contains `text` (scripts poppler splits at every letter join). */
const containing = (words: PdfWord[], text: string) => words.filter((w) => w.text.includes(text))

describe('a masked id in an Arabic PDF', () => {
  it('reads in its own order when isolated; bare, the stars jump to the other side', async () => {
    const { writer } = tracedPdf('rtl', { lang: 'ar' })
    writer.paragraph(`أرسلنا الرمز إلى الهاتف ${isolateLtr('******1862')} اليوم`)
    writer.paragraph('أرسلنا الرمز إلى الهاتف ******7047 اليوم')
    const words = await pdfWords(await writer.finish())
    const isolated = word(words, '******1862')
    // Bare, the bidi algorithm gives the stars the direction of the Arabic around them.
    word(words, '7047******')
    // The value sits between the words around it, in the reading order of the line.
    const before = containing(words, 'فتاهلا').find((w) => Math.abs(w.yMin - isolated.yMin) < 5)
    expect(before?.xMin).toBeGreaterThan(isolated.xMax)
  })
})

describe('the Arabic UIN card', () => {
  it('prints the UIN, the birth date and the issue date left to right, each whole', async () => {
    const words = await arabicCard()
    // 4829173560 grouped as on every card: 4829 1735 60, left to right.
    const groups = ['4829', '1735', '60'].map((g) => word(words, g))
    for (let i = 1; i < groups.length; i += 1) {
      expect(groups[i]?.xMin).toBeGreaterThan(groups[i - 1]?.xMax as number)
      expect(Math.abs((groups[i]?.yMin ?? 0) - (groups[0]?.yMin ?? 0))).toBeLessThan(1)
    }
    word(words, '1987/03/14')
    word(words, '2026/02/03')
  })

  it('lists the gender in the card’s languages in reading order, from the right', async () => {
    const words = await arabicCard()
    const english = word(words, 'Female')
    const tamil = word(words, 'பெண்')
    const arabic = containing(words, 'ى').find((w) => Math.abs(w.yMin - english.yMin) < 5)
    expect(arabic, 'the Arabic gender on the line of the English one').toBeDefined()
    // ara, eng, tam read right to left: أنثى, then Female, then பெண் leftmost.
    expect(arabic?.xMin).toBeGreaterThan(english.xMax)
    expect(english.xMin).toBeGreaterThan(tamil.xMax)
  })

  it('puts the other languages’ titles under the band title in reading order', async () => {
    const words = await arabicCard()
    const national = word(words, 'National')
    const tamil = words.find(
      (w) => w.text.startsWith('தேசிய') && Math.abs(w.yMin - national.yMin) < 5,
    )
    expect(tamil, 'the Tamil title beside the English one').toBeDefined()
    // English is the card's second language: right of the Tamil one in a right-to-left band.
    expect(national.xMin).toBeGreaterThan(tamil?.xMax as number)
  })
})
