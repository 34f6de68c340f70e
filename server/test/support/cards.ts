import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import jsQRModule, { type QRCode } from 'jsqr'
import { mulberry32 } from '../../src/platform/embedded/demo-country/prng.ts'
import { LANGUAGES } from '../../src/platform/embedded/demo-country/text.ts'
import { portraitPng } from '../../src/platform/embedded/identity/portrait.ts'
import type { Identity } from '../../src/platform/identity.ts'
import type { Language } from '../../src/platform/masterdata.ts'

// jsqr is CommonJS whose exports carry the function as `default` too; its types see a namespace.
const jsQR = jsQRModule.default

/** Fixtures for card tests (not used by the server): demo-style residents and languages. */

// The demo country's language list (LanguageInfo has the same fields as masterdata's Language).
export const TEST_LANGUAGES: Language[] = LANGUAGES

/** A resident as the demo country spells one: every language in its own script. */
export function testIdentity(languages: string[], overrides: Partial<Identity> = {}): Identity {
  return {
    uin: '4829173560',
    status: 'ACTIVATED',
    fullName: {
      eng: 'Lakshmi Haddad',
      fra: 'Lakshmi Haddad',
      spa: 'Lakshmi Haddad',
      ara: 'لاكشمي حداد',
      hin: 'लक्ष्मी हद्दाद',
      kan: 'ಲಕ್ಷ್ಮಿ ಹದ್ದಾದ್',
      tam: 'லட்சுமி ஹத்தாத்',
    },
    gender: {
      eng: 'Female',
      fra: 'Femme',
      spa: 'Mujer',
      ara: 'أنثى',
      hin: 'महिला',
      kan: 'ಮಹಿಳೆ',
      tam: 'பெண்',
    },
    dateOfBirth: '1987/03/14',
    address: {
      eng: '42 Jasmine Street, Palm Grove, Port Meridian 40112',
      fra: '42, rue du Jasmin, Palmeraie, 40112 Port-Méridien',
      spa: 'Calle del Jazmín 42, Palmeral, 40112 Puerto Meridiano',
      ara: '42 شارع الياسمين، بستان النخيل، ميناء ميريديان 40112',
      hin: '42, चमेली मार्ग, ताड़ उपवन, पोर्ट मेरिडियन - 40112',
      kan: '42, ಮಲ್ಲಿಗೆ ರಸ್ತೆ, ತಾಳೆ ತೋಪು, ಪೋರ್ಟ್ ಮೆರಿಡಿಯನ್ - 40112',
      tam: '42, மல்லிகைத் தெரு, பனந்தோப்பு, போர்ட் மெரிடியன் - 40112',
    },
    languages,
    email: 'lakshmi.haddad.7@example.org',
    phone: '9876543210',
    photo: portraitPng(mulberry32(7), { longHair: true }),
    issuedAt: new Date('2026-02-03T10:00:00Z'),
    ...overrides,
  }
}

export interface GrayImage {
  width: number
  height: number
  /** One byte per pixel, rows top to bottom. */
  pixels: Uint8Array
}

/** Page 1 of a password-protected PDF as poppler prints it (`pdftoppm -gray`, binary PGM). */
export async function rasterFirstPage(pdf: Uint8Array, password: string, dpi: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-raster-'))
  try {
    const file = path.join(dir, 'card.pdf')
    writeFileSync(file, pdf)
    const args = ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile']
    await new Promise<void>((resolve, reject) =>
      execFile('pdftoppm', [...args, '-upw', password, file, path.join(dir, 'page')], (e) =>
        e ? reject(e) : resolve(),
      ),
    )
    return parsePgm(readFileSync(path.join(dir, 'page.pgm')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function parsePgm(bytes: Buffer): GrayImage {
  // Header: "P5", width, height, max value, each followed by whitespace.
  const fields: string[] = []
  let at = 0
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at] as number))) at++
    let field = ''
    while (!/\s/.test(String.fromCharCode(bytes[at] as number)))
      field += String.fromCharCode(bytes[at++] as number)
    fields.push(field)
  }
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error('not an 8-bit binary PGM')
  const width = Number(fields[1])
  const height = Number(fields[2])
  return { width, height, pixels: bytes.subarray(at + 1, at + 1 + width * height) }
}

/** Reads a QR code off a page image as a phone camera would (jsQR, pure JavaScript). */
export function readQr(image: GrayImage): QRCode | null {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4)
  for (let i = 0; i < image.pixels.length; i++) {
    const v = image.pixels[i] as number
    rgba[4 * i] = v
    rgba[4 * i + 1] = v
    rgba[4 * i + 2] = v
    rgba[4 * i + 3] = 255
  }
  return jsQR(rgba, image.width, image.height)
}

/** `pdfinfo` of a password-protected PDF: its text, or the exit code when it fails. */
export function pdfInfo(pdf: Uint8Array, password: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile('pdfinfo', ['-upw', password, '-'], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr }),
    )
    child.stdin?.end(Buffer.from(pdf))
  })
}
