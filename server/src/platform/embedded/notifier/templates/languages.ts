import { type DemoLang, LANGUAGES } from '../../demo-country/text.ts'
import { ara } from './ara.ts'
import { eng } from './eng.ts'
import { fra } from './fra.ts'
import { hin } from './hin.ts'
import { kan } from './kan.ts'
import { spa } from './spa.ts'
import { tam } from './tam.ts'
import type { LanguageTemplates } from './types.ts'

/** A notification language: its texts, its BCP 47 tag (HTML `lang`, Intl) and its direction. */
export interface NotificationLanguage {
  code: DemoLang
  tag: string
  direction: 'ltr' | 'rtl'
  templates: LanguageTemplates
}

// Typed by DemoLang so a language added to the country without notification texts fails to compile.
const TEXTS: Record<DemoLang, { tag: string; templates: LanguageTemplates }> = {
  eng: { tag: 'en', templates: eng },
  fra: { tag: 'fr', templates: fra },
  ara: { tag: 'ar', templates: ara },
  hin: { tag: 'hi', templates: hin },
  kan: { tag: 'kn', templates: kan },
  tam: { tag: 'ta', templates: tam },
  spa: { tag: 'es', templates: spa },
}

/** Every language notifications are written in; direction comes from the language metadata. */
export const NOTIFICATION_LANGUAGES: ReadonlyMap<string, NotificationLanguage> = new Map(
  LANGUAGES.map((info) => [
    info.code,
    { code: info.code, direction: info.direction, ...TEXTS[info.code] },
  ]),
)

export const FALLBACK_LANGUAGE: DemoLang = 'eng'
