/** The demo country's languages and the small helpers its translation tables share. */

export const DEMO_LANGS = ['eng', 'fra', 'ara', 'hin', 'kan', 'tam', 'spa'] as const
export type DemoLang = (typeof DEMO_LANGS)[number]

/** One human-readable string in every language of the demo country. */
export type Text7 = Record<DemoLang, string>

/** A template that puts a value (a place name, a number…) into a sentence of each language. */
export type Template7<A extends unknown[]> = Record<DemoLang, (...args: A) => string>

/**
 * A proper noun spelt in each script: `lat` serves English, French and Spanish (names keep their
 * accents across the three), the others are transliterations written in their own scripts.
 */
export interface Spelling {
  lat: string
  deva: string
  knda: string
  taml: string
  arab: string
}

export interface LanguageInfo {
  code: DemoLang
  name: string
  nativeName: string
  direction: 'ltr' | 'rtl'
}

export const LANGUAGES: LanguageInfo[] = [
  { code: 'eng', name: 'English', nativeName: 'English', direction: 'ltr' },
  { code: 'fra', name: 'French', nativeName: 'Français', direction: 'ltr' },
  { code: 'ara', name: 'Arabic', nativeName: 'العربية', direction: 'rtl' },
  { code: 'hin', name: 'Hindi', nativeName: 'हिन्दी', direction: 'ltr' },
  { code: 'kan', name: 'Kannada', nativeName: 'ಕನ್ನಡ', direction: 'ltr' },
  { code: 'tam', name: 'Tamil', nativeName: 'தமிழ்', direction: 'ltr' },
  { code: 'spa', name: 'Spanish', nativeName: 'Español', direction: 'ltr' },
]

/** The name in each language: Latin for eng/fra/spa, the script's own spelling for the rest. */
export function spell(s: Spelling): Text7 {
  return { eng: s.lat, fra: s.lat, spa: s.lat, ara: s.arab, hin: s.deva, kan: s.knda, tam: s.taml }
}

/** Joins spellings script by script (a stem and a suffix make a place name). */
export function joinSpellings(parts: Spelling[]): Spelling {
  const lat = parts.map((p) => p.lat).join('')
  return {
    lat: lat.charAt(0).toUpperCase() + lat.slice(1),
    deva: parts.map((p) => p.deva).join(''),
    knda: parts.map((p) => p.knda).join(''),
    taml: parts.map((p) => p.taml).join(''),
    arab: parts.map((p) => p.arab).join(''),
  }
}

/** Applies a one-argument template per language to a per-language value. */
export function fill<A>(template: Template7<[A]>, value: Record<DemoLang, A>): Text7 {
  const out = {} as Text7
  for (const lang of DEMO_LANGS) out[lang] = template[lang](value[lang])
  return out
}

/** Every string in NFC, as residents' input is normalised before it is compared. */
export function nfc(text: Text7): Text7 {
  const out = {} as Text7
  for (const lang of DEMO_LANGS) out[lang] = text[lang].normalize('NFC')
  return out
}

/** French "de" elides before a vowel: "d'Indranagar", "de Kalipur". */
export function fraDe(name: string): string {
  return /^[aeiouyàâéèêëîïôöûü]/i.test(name) ? `d'${name}` : `de ${name}`
}

/** The same text in every language (digits such as postal codes). */
export function same(text: string): Text7 {
  return { eng: text, fra: text, ara: text, hin: text, kan: text, tam: text, spa: text }
}
