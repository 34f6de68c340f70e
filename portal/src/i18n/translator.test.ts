import { describe, expect, it } from 'vitest'
import { createTranslator, type Tree } from './translator.ts'

const files: Record<string, Tree> = {
  'eng|translation': {
    app: { name: 'Resident Portal' },
    found: 'Found {{count, number}} centre',
    found_other: 'Found {{count, number}} centres',
    hello: 'Hello {{name}}',
  },
  'eng|services': { idField: { digits: '{{count}} digit', digits_other: '{{count}} digits' } },
  'ara|translation': {
    app: { name: 'بوابة المقيمين' },
    found_zero: 'لا مراكز',
    found_one: 'مركز واحد',
    found_other: '{{count, number}} مركزًا',
    hello: 'مرحبًا {{name}}',
  },
}

function make(fail = new Set<string>()) {
  const loads: string[] = []
  const translator = createTranslator({
    retries: 1,
    retryDelayMs: 1,
    load: async (language, namespace) => {
      loads.push(`${language}|${namespace}`)
      const tree = files[`${language}|${namespace}`]
      if (!tree || fail.has(language)) throw new Error('offline')
      return tree
    },
  })
  return { translator, loads }
}

describe('translator', () => {
  it('says nested keys with placeholders and numbers in the language', async () => {
    const { translator } = make()
    await translator.changeLanguage('eng')
    const t = translator.getFixedT('eng')
    expect(t('app.name')).toBe('Resident Portal')
    expect(t('hello', { name: 'Ravi' })).toBe('Hello Ravi')
    expect(t('found', { count: 1 })).toBe('Found 1 centre')
    expect(t('found', { count: 12345 })).toBe('Found 12,345 centres')
  })

  it("uses the language's plural forms, zero first, and Arabic digits", async () => {
    const { translator } = make()
    await translator.changeLanguage('ara')
    const t = translator.getFixedT('ara')
    expect(t('found', { count: 0 })).toBe('لا مراكز')
    expect(t('found', { count: 1 })).toBe('مركز واحد')
    expect(t('found', { count: 11 })).toBe(`${new Intl.NumberFormat('ar').format(11)} مركزًا`)
  })

  it('finds `ns:` keys in their namespace and falls back to defaultValue, then the key', async () => {
    const { translator } = make()
    await translator.changeLanguage('eng')
    const t = translator.getFixedT('eng', ['translation', 'services'])
    expect(t('services:idField.digits', { count: 2 })).toBe('idField.digits')
    expect(t('services:x', { defaultValue: 'Try again' })).toBe('Try again')
    await translator.loadNamespace('services')
    expect(t('services:idField.digits', { count: 2 })).toBe('2 digits')
    expect(t('app.name')).toBe('Resident Portal')
  })

  it('switches language only once its strings are there, loading every namespace in use', async () => {
    const { translator, loads } = make(new Set(['ara']))
    const seen: string[] = []
    translator.onLanguageChanged((l) => seen.push(l))
    await translator.changeLanguage('eng')
    await translator.loadNamespace('services')
    await expect(translator.changeLanguage('ara')).rejects.toThrow('offline')
    expect(translator.language).toBe('eng')
    expect(seen).toEqual(['eng'])
    // One retry before giving up.
    expect(loads.filter((l) => l === 'ara|translation')).toHaveLength(2)
  })
})
