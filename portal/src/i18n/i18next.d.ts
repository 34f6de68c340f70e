import type eng from '../locales/eng.json'

// Type-checked translation keys: a `t('…')` call with a key English lacks fails `tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof eng }
  }
}
