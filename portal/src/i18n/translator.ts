/**
 * The strings at run time: what the portal used of i18next (~15 KiB gzipped on every page), in a
 * few lines. Namespaces of nested JSON strings loaded per language on demand, `t(key, options)`
 * with `ns:` prefixes, `{{name}}` and `{{name, number}}` placeholders, CLDR plurals by `count`
 * (`key_one`, `key_other`, … as i18next names them), `defaultValue`, and a `languageChanged`
 * event. The key types still come from i18next's `TFunction` (see i18next.d.ts): types only.
 */

export type Tree = { [key: string]: string | Tree }
export type TOptions = { count?: number; defaultValue?: string } & Record<string, unknown>
export type Translate = (key: string, options?: TOptions) => string
type Listener = (language: string) => void

export interface TranslatorOptions {
  /** Downloads one namespace of one language. */
  load: (language: string, namespace: string) => Promise<Tree>
  /** Retries of a failed download (slow or flaky networks), 350 ms apart, doubling. */
  retries?: number
  retryDelayMs?: number
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g

function lookUp(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

export function createTranslator(options: TranslatorOptions) {
  const retries = options.retries ?? 3
  const retryDelayMs = options.retryDelayMs ?? 350
  const bundles = new Map<string, Tree>()
  const pending = new Map<string, Promise<void>>()
  const namespaces = new Set<string>(['translation'])
  const listeners = new Set<Listener>()
  const plurals = new Map<string, Intl.PluralRules>()
  const numbers = new Map<string, Intl.NumberFormat>()
  const id = (language: string, namespace: string) => `${language}|${namespace}`

  const download = async (language: string, namespace: string): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        bundles.set(id(language, namespace), await options.load(language, namespace))
        return
      } catch (error) {
        if (attempt >= retries) throw error
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** attempt))
      }
    }
  }

  /** Loads each namespace once per language (concurrent callers share the download). */
  const ensure = (language: string, list: Iterable<string>): Promise<unknown> =>
    Promise.all(
      [...list].map((namespace) => {
        const key = id(language, namespace)
        if (bundles.has(key)) return undefined
        let loading = pending.get(key)
        if (!loading) {
          loading = download(language, namespace).finally(() => pending.delete(key))
          pending.set(key, loading)
        }
        return loading
      }),
    )

  // Intl takes MOSIP's three-letter codes too ("ara" is Arabic), as i18next passed them.
  const pluralRules = (language: string) => {
    const rules = plurals.get(language) ?? new Intl.PluralRules(language)
    plurals.set(language, rules)
    return rules
  }
  const numberFormat = (language: string) => {
    const format = numbers.get(language) ?? new Intl.NumberFormat(language)
    numbers.set(language, format)
    return format
  }

  const resolve = (language: string, list: readonly string[], key: string, count?: number) => {
    const colon = key.indexOf(':')
    const [spaces, path] = colon > 0 ? [[key.slice(0, colon)], key.slice(colon + 1)] : [list, key]
    // i18next's order: `_zero` for a count of 0, the language's plural form, the plain key, `_other`.
    const suffixes =
      count === undefined
        ? ['']
        : [
            ...(count === 0 ? ['_zero'] : []),
            `_${pluralRules(language).select(count)}`,
            '',
            '_other',
          ]
    for (const namespace of spaces) {
      const tree = bundles.get(id(language, namespace))
      for (const suffix of suffixes) {
        const found = lookUp(tree, path + suffix)
        if (found !== undefined) return found
      }
    }
    return undefined
  }

  const translator = {
    language: '',
    hasResourceBundle: (language: string, namespace: string) =>
      bundles.has(id(language, namespace)),

    /** Loads `namespace` in the current language; later language changes load it too. */
    async loadNamespace(namespace: string): Promise<void> {
      namespaces.add(namespace)
      await ensure(translator.language, [namespace])
    },

    /**
     * Switches once every namespace in use is there in `language`: a failed download rejects
     * and keeps the language on screen, never showing keys instead of words.
     */
    async changeLanguage(language: string): Promise<void> {
      await ensure(language, namespaces)
      if (translator.language === language) return
      translator.language = language
      for (const listener of listeners) listener(language)
    },

    onLanguageChanged(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    /** `t` in `language`, looking plain keys up in `list` in order (`ns:key` in that one). */
    getFixedT(language: string, list: readonly string[] = ['translation']): Translate {
      return (key, options = {}) => {
        // A missing key reads as itself without its namespace, as i18next answered.
        const text =
          resolve(language, list, key, options.count) ??
          options.defaultValue ??
          key.slice(key.indexOf(':') + 1)
        return text.replace(PLACEHOLDER, (_, name: string, format?: string) => {
          const value = name
            .split('.')
            .reduce<unknown>(
              (object, part) => (object as Record<string, unknown> | undefined)?.[part],
              options,
            )
          if (value === undefined || value === null) return ''
          if (format === 'number' && typeof value === 'number') {
            return numberFormat(language).format(value)
          }
          return String(value)
        })
      }
    },
  }
  return translator
}

export type Translator = ReturnType<typeof createTranslator>
