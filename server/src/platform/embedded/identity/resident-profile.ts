import type { ByLanguage } from '../../identity.ts'
import {
  CITY_LINE,
  FAMILY_NAMES,
  GIVEN_NAMES,
  STREET_LINE,
  STREETS,
} from '../demo-country/centre-text.ts'
import type { City } from '../demo-country/geography.ts'
import type { Random } from '../demo-country/prng.ts'
import {
  DEMO_LANGS,
  type DemoLang,
  type Spelling,
  spell,
  type Text7,
} from '../demo-country/text.ts'

/** The demo residents' personal details, in every language, from the demo-country tables. */

/** Given names of the spelling table that are women's names; the others are men's. */
const FEMININE = new Set(['Amina', 'Inès', 'Priya', 'Lakshmi', 'Françoise', 'Meera', 'Nadia'])

export type Gender = 'female' | 'male'

export const GENDER: Record<Gender, Text7> = {
  female: {
    eng: 'Female',
    fra: 'Femme',
    spa: 'Mujer',
    ara: 'أنثى',
    hin: 'महिला',
    kan: 'ಮಹಿಳೆ',
    tam: 'பெண்',
  },
  male: {
    eng: 'Male',
    fra: 'Homme',
    spa: 'Hombre',
    ara: 'ذكر',
    hin: 'पुरुष',
    kan: 'ಪುರುಷ',
    tam: 'ஆண்',
  },
}

export interface Person {
  given: Spelling
  family: Spelling
}

export function genderOf(person: Person): Gender {
  return FEMININE.has(person.given.lat) ? 'female' : 'male'
}

/** Looks a featured name up in the spelling tables (a typo there is a programming error). */
export function personNamed(given: string, family: string): Person {
  const g = GIVEN_NAMES.find((n) => n.lat === given)
  const f = FAMILY_NAMES.find((n) => n.lat === family)
  if (!g || !f) throw new Error(`no spelling for ${given} ${family}`)
  return { given: g, family: f }
}

/** A random person whose Latin full name is not in `used` (which it joins). */
export function pickPerson(rng: Random, used: Set<string>): Person {
  for (;;) {
    const person = { given: rng.pick(GIVEN_NAMES), family: rng.pick(FAMILY_NAMES) }
    const key = latinName(person)
    if (used.has(key)) continue
    used.add(key)
    return person
  }
}

export function latinName(person: Person): string {
  return `${person.given.lat} ${person.family.lat}`
}

function perLanguage(build: (lang: DemoLang) => string): ByLanguage {
  const out: ByLanguage = {}
  for (const lang of DEMO_LANGS) out[lang] = build(lang).normalize('NFC')
  return out
}

/** "Given Family" in each language's script. */
export function fullName(person: Person): ByLanguage {
  const given = spell(person.given)
  const family = spell(person.family)
  return perLanguage((lang) => `${given[lang]} ${family[lang]}`)
}

export function genderText(gender: Gender): ByLanguage {
  return perLanguage((lang) => GENDER[gender][lang])
}

/** Arabic separates address parts with its own comma. */
const SEPARATOR: Record<DemoLang, string> = {
  eng: ', ',
  fra: ', ',
  spa: ', ',
  ara: '، ',
  hin: ', ',
  kan: ', ',
  tam: ', ',
}

/** One address line per language: house and street, zone, city and postal code. */
export function randomAddress(rng: Random, cities: readonly City[]): ByLanguage {
  const city = rng.pick(cities)
  const zone = rng.pick(city.zones)
  const postal = rng.pick(zone.postalCodes)
  const street = rng.pick(STREETS)
  const house = rng.int(1, 240)
  return perLanguage((lang) =>
    [
      STREET_LINE[lang](street[lang], house),
      zone.name[lang],
      CITY_LINE[lang](city.name[lang], postal.code),
    ].join(SEPARATOR[lang]),
  )
}

/** `yyyy/MM/dd` (MOSIP's date-of-birth pattern), an adult born 1950–2006. */
export function randomDateOfBirth(rng: Random): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${rng.int(1950, 2006)}/${pad(rng.int(1, 12))}/${pad(rng.int(1, 28))}`
}

/** Lower-case ASCII for an email address: "Françoise" → "francoise". */
function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
}

/** `firstname.lastname.N@example.org`: example.org is reserved, so no mail reaches anyone. */
export function demoEmail(person: Person, n: number): string {
  return `${asciiFold(person.given.lat)}.${asciiFold(person.family.lat)}.${n}@example.org`
}

/** A phone number not in `used` (which it joins), of MOSIP's pattern (notifier PHONE_PATTERN). */
export function randomPhone(rng: Random, used: Set<string>): string {
  for (;;) {
    const phone = `${rng.int(6, 9)}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`
    if (used.has(phone)) continue
    used.add(phone)
    return phone
  }
}
