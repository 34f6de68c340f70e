import type centres from '../locales/centres/centres.eng.json'
import type eng from '../locales/eng.json'
import type services from '../locales/services/services.eng.json'

// Type-checked translation keys: a `t('…')` call with a key English lacks fails `tsc`.
// `services` holds the strings of the Get my UIN, Verify and development mailbox pages
// (`t('services:…')`), `centres` those of the registration centres page (`t('centres:…')`),
// loaded with those pages rather than on the first page.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof eng; services: typeof services; centres: typeof centres }
  }
}
