import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts'

/**
 * Checks every language file against English: same keys (plural forms per the language's CLDR
 * rules), same placeholders, and no string left untranslated. Also checks that every key the
 * source code uses exists, and that direction comes from metadata. The main strings are
 * `locales/{lang}.json` (namespace `translation`); a page's own strings may form a namespace,
 * `locales/{namespace}/{namespace}.{lang}.json`, used in the source as `t('namespace:key')`.
 */

const SRC = join(import.meta.dirname, '..')
const LOCALES = join(SRC, 'locales')
const MAIN = 'translation'

type Tree = { [key: string]: string | Tree }

/** `translation` and every folder of `locales/`. */
const NAMESPACES = [
  MAIN,
  ...readdirSync(LOCALES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(),
]

const namespaceDir = (namespace: string) =>
  namespace === MAIN ? LOCALES : join(LOCALES, namespace)

/** `eng.json`, or `services.eng.json` in `locales/services/`. */
const fileName = (code: string, namespace: string) =>
  namespace === MAIN ? `${code}.json` : `${namespace}.${code}.json`

/** A language's strings; a missing file reads as empty (the file checks below report it). */
function load(code: string, namespace = MAIN): Tree {
  const file = join(namespaceDir(namespace), fileName(code, namespace))
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tree) : {}
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const PLURAL = /_(zero|one|two|few|many|other)$/

/** English keys with plural forms collapsed to their base ("regcenter.found"). */
function pluralBases(keys: Iterable<string>): Set<string> {
  const bases = new Set<string>()
  for (const key of keys) if (PLURAL.test(key)) bases.add(key.replace(PLURAL, ''))
  return bases
}

/** The keys a language must have: English's, with plural forms by the language's own rules. */
function expectedKeys(english: Map<string, string>, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const bases = pluralBases(english.keys())
  const keys = new Set<string>()
  for (const key of english.keys()) {
    const base = key.replace(PLURAL, '')
    if (PLURAL.test(key) && bases.has(base)) {
      for (const category of categories) keys.add(`${base}_${category}`)
    } else keys.add(key)
  }
  return keys
}

/** `{{name}}` and `{{name, format}}` placeholders. */
function placeholders(value: string): Set<string> {
  return new Set([...value.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))
}

/**
 * Values that may equal English: identifiers and numbers, never sentences. Keep this short;
 * a longer list means strings are escaping translation.
 */
const SAME_AS_ENGLISH_KEYS = new Set<string>([])
const SAME_AS_ENGLISH_VALUE = /^(?:[\d\s.,:;/()–-]|\{\{[^}]+\}\}|UIN|VID|AID|OTP)*$/

for (const namespace of NAMESPACES) {
  const english = flatten(load(SOURCE_LANGUAGE, namespace))
  const englishBases = pluralBases(english.keys())

  /** English value for a key of another language (plural forms map to English `_other`). */
  const englishValue = (key: string): string | undefined => {
    if (english.has(key)) return english.get(key)
    const base = key.replace(PLURAL, '')
    return englishBases.has(base) ? english.get(`${base}_other`) : undefined
  }

  describe(`translation files (${namespace})`, () => {
    it('exist for exactly the languages in the metadata', () => {
      const files = readdirSync(namespaceDir(namespace))
        .filter((f) => f.endsWith('.json'))
        .sort()
      expect(files).toEqual(LANGUAGES.map((l) => fileName(l.code, namespace)).sort())
    })

    it('English has no empty strings', () => {
      for (const [key, value] of english) expect(value.trim(), key).not.toBe('')
    })

    for (const language of LANGUAGES.filter((l) => l.code !== SOURCE_LANGUAGE)) {
      describe(language.code, () => {
        const strings = flatten(load(language.code, namespace))
        const file =
          namespace === MAIN
            ? fileName(language.code, namespace)
            : `${namespace}/${fileName(language.code, namespace)}`

        it('has every English key and no others (plural forms per its own rules)', () => {
          const expected = expectedKeys(english, language.locale)
          const missing = [...expected].filter((k) => !strings.has(k))
          const extra = [...strings.keys()].filter((k) => !expected.has(k))
          expect(missing, `missing in ${file}`).toEqual([])
          expect(extra, `not in English (or wrong plural form) in ${file}`).toEqual([])
        })

        it('keeps the placeholders of the English text', () => {
          for (const [key, value] of strings) {
            const source = englishValue(key)
            if (source === undefined) continue
            const want = placeholders(source)
            const got = placeholders(value)
            for (const name of got) expect(want.has(name), `${key}: unknown {{${name}}}`).toBe(true)
            for (const name of want) {
              // A plural form may spell out its number ("one", "two") instead of {{count}}.
              if (name === 'count' && PLURAL.test(key)) continue
              expect(got.has(name), `${key}: missing {{${name}}}`).toBe(true)
            }
          }
        })

        it('translates every text (identical to English only for allowed names and codes)', () => {
          const untranslated = [...strings]
            .filter(([key, value]) => value.trim() === '' || value === englishValue(key))
            .filter(
              ([key, value]) =>
                !SAME_AS_ENGLISH_KEYS.has(key) && !SAME_AS_ENGLISH_VALUE.test(value),
            )
            .map(([key]) => key)
          expect(untranslated, `untranslated in ${file}`).toEqual([])
        })
      })
    }
  })
}

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) files.push(path)
  }
  return files
}

describe('keys used in the source', () => {
  const files = sourceFiles(SRC)
  const englishTrees = new Map(NAMESPACES.map((ns) => [ns, load(SOURCE_LANGUAGE, ns)]))
  const englishKeys = new Map(
    NAMESPACES.map((ns) => {
      const flat = flatten(englishTrees.get(ns) ?? {})
      return [ns, { keys: flat, bases: pluralBases(flat.keys()) }]
    }),
  )

  /** `services:otp.title` → ['services', 'otp.title']; no prefix → the main strings. */
  function split(key: string): [string, string] {
    const at = key.indexOf(':')
    return at === -1 ? [MAIN, key] : [key.slice(0, at), key.slice(at + 1)]
  }

  function exists(fullKey: string): boolean {
    const [ns, key] = split(fullKey)
    const english = englishKeys.get(ns)
    return !!english && (english.keys.has(key) || english.bases.has(key))
  }

  function resolves(fullKey: string): unknown {
    const [ns, path] = split(fullKey)
    let node: unknown = englishTrees.get(ns)
    for (const part of path.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined
      node = (node as Tree)[part]
    }
    return node
  }

  it('finds the t() calls', () => {
    const count = files
      .map((f) => [...readFileSync(f, 'utf8').matchAll(/\bt\(\s*['"]/g)].length)
      .reduce((a, b) => a + b, 0)
    expect(count).toBeGreaterThan(50)
  })

  it('every literal t(…) key exists in English', () => {
    const missing: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) {
        const key = match[2] ?? ''
        if (!exists(key)) missing.push(`${file.slice(SRC.length + 1)}: ${key}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('every template-literal t() key has its static prefix in English', () => {
    const missing: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
        const prefix = (match[1] ?? '').replace(/\.$/, '')
        const node = resolves(prefix)
        if (typeof node !== 'object' || node === null) {
          missing.push(`${file.slice(SRC.length + 1)}: ${prefix}`)
        }
      }
    }
    expect(missing).toEqual([])
  })
})

describe('language metadata', () => {
  it('marks only Arabic as right-to-left', () => {
    const rtl = LANGUAGES.filter((l) => l.direction === 'rtl').map((l) => l.code)
    expect(rtl).toEqual(['ara'])
  })

  it('gives every language a native name and a locale Intl understands', () => {
    for (const language of LANGUAGES) {
      expect(language.nativeName.trim()).not.toBe('')
      expect(Intl.getCanonicalLocales(language.locale)).toEqual([language.locale])
      expect(new Intl.PluralRules(language.locale).resolvedOptions().locale).toBe(language.locale)
    }
  })

  it('never decides direction by comparing a language code in the source', () => {
    const offenders = sourceFiles(SRC).filter((f) =>
      /['"]ara['"]\s*[!=]==|[!=]==\s*['"]ara['"]/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})
