import type { NotificationRequest } from '../../../notifier.ts'
import {
  FALLBACK_LANGUAGE,
  NOTIFICATION_LANGUAGES,
  type NotificationLanguage,
} from './languages.ts'
import type { LanguageTemplates, MessageTemplate, Placeholder } from './types.ts'

/** Portal page that shows an event by its Event ID (`?eid=`). */
// MOSIP's path (without its hash), where the portal's request tracking lives.
export const TRACK_SERVICE_REQUEST_PATH = '/uinservices/trackservicerequest'

export interface RenderOptions {
  /** Public origin of the portal, for the track-service-request link. */
  publicUrl: string
  /** Fallback for `variables.when`. */
  now?: Date
}

/** One notification in every requested language, joined the way MOSIP joins them. */
export interface RenderedNotification {
  /** Language codes rendered, in order. */
  languages: string[]
  /** BCP 47 tags of those languages, for `Content-Language`. */
  tags: string[]
  /** Subjects joined with " / ". */
  subject: string
  /** Plain-text email body; language blocks separated by a blank line. */
  text: string
  /** HTML email body; one `lang`/`dir` block per language, joined with `<br><br>`. */
  html: string
  /** SMS text; one line per language. */
  sms: string
}

/** A template needs a variable the request did not give (a caller bug; never a resident's fault). */
export class MissingTemplateVariableError extends Error {
  readonly variable: string
  constructor(variable: string) {
    super(`Notification variable "${variable}" is missing`)
    this.name = 'MissingTemplateVariableError'
    this.variable = variable
  }
}

type Values = Partial<Record<Placeholder, string>>

const PLACEHOLDER = /\{([A-Za-z]+)\}/g

export function trackServiceRequestLink(publicUrl: string, eventId: string): string {
  const base = publicUrl.replace(/\/+$/, '')
  return `${base}${TRACK_SERVICE_REQUEST_PATH}?eid=${encodeURIComponent(eventId)}`
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
}

/** Known languages of the request, in order, without repeats; English when none is known. */
export function resolveLanguages(codes: readonly string[]): NotificationLanguage[] {
  const chosen = new Map<string, NotificationLanguage>()
  for (const code of codes) {
    const language = NOTIFICATION_LANGUAGES.get(code)
    if (language && !chosen.has(code)) chosen.set(code, language)
  }
  if (chosen.size > 0) return [...chosen.values()]
  const fallback = NOTIFICATION_LANGUAGES.get(FALLBACK_LANGUAGE)
  if (!fallback) throw new Error('The fallback notification language has no templates')
  return [fallback]
}

export function messageTemplate(
  templates: LanguageTemplates,
  request: Pick<NotificationRequest, 'topic' | 'templateType'>,
): MessageTemplate {
  return request.topic === 'receive-otp'
    ? templates['receive-otp']
    : templates[request.topic][request.templateType]
}

/**
 * Substitutes `{placeholder}`s in one pass, so a value that itself looks like `{otp}` stays text.
 * Literal text and values are escaped separately (HTML) by the two callbacks.
 */
function fill(
  template: string,
  values: Values,
  literal: (text: string) => string,
  value: (key: Placeholder, text: string) => string,
): string {
  let out = ''
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const key = match[1] as Placeholder
    const text = values[key]
    if (text === undefined) throw new MissingTemplateVariableError(key)
    out += literal(template.slice(last, match.index)) + value(key, text)
    last = match.index + match[0].length
  }
  return out + literal(template.slice(last))
}

const plain = (text: string) => text
const plainValue = (_key: Placeholder, text: string) => text

/**
 * How each value sits in the sentence around it. Ids, codes, dates, times and links are
 * left-to-right whatever the language: in Arabic a bare "2026-01-02" or "1234…" after Arabic words
 * would be laid out in the wrong order. A name takes its direction from its own first letter. The
 * translated words (channel, validity) belong to the block's own language and stay as they are.
 */
const VALUE_DIRECTION: Record<Placeholder, 'ltr' | 'auto' | 'none'> = {
  eventId: 'ltr',
  otp: 'ltr',
  date: 'ltr',
  time: 'ltr',
  trackServiceRequestLink: 'ltr',
  name: 'auto',
  channel: 'none',
  validity: 'none',
}

// Stray direction controls inside a value would end its isolate early.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Plain text (email text, SMS) of a right-to-left block: each value in Unicode isolates
 * (left-to-right isolate or first-strong isolate … pop directional isolate). Left-to-right blocks
 * need none, and an SMS without them stays in the GSM alphabet (160 characters, not 70).
 */
function isolatedValue(key: Placeholder, text: string): string {
  const value = text.replace(BIDI_CONTROLS, '')
  switch (VALUE_DIRECTION[key]) {
    case 'ltr':
      return `\u2066${value}\u2069`
    case 'auto':
      return `\u2068${value}\u2069`
    default:
      return text
  }
}

// Values are isolated (<bdi>) so an LTR code or link inside Arabic text keeps its order.
function htmlValue(key: Placeholder, text: string): string {
  const safe = escapeHtml(text)
  if (key === 'trackServiceRequestLink') {
    return /^https?:\/\//i.test(text) ? `<a href="${safe}" dir="ltr">${safe}</a>` : safe
  }
  switch (VALUE_DIRECTION[key]) {
    case 'ltr':
      return key === 'otp'
        ? `<strong><bdi dir="ltr">${safe}</bdi></strong>`
        : `<bdi dir="ltr">${safe}</bdi>`
    case 'auto':
      return `<bdi>${safe}</bdi>`
    default:
      return safe
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** MOSIP's `dd-MM-yyyy` and `HH:mm:ss`, in UTC (the templates say so). */
function dateAndTime(when: Date): { date: string; time: string } {
  return {
    date: `${pad(when.getUTCDate())}-${pad(when.getUTCMonth() + 1)}-${when.getUTCFullYear()}`,
    time: `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}:${pad(when.getUTCSeconds())}`,
  }
}

/** "3 minutes" in the language's own words and plural rules, with Latin digits like the OTP. */
function validity(tag: string, minutes: number | undefined): string | undefined {
  if (minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) return undefined
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
    numberingSystem: 'latn',
  }).format(minutes)
}

function valuesFor(
  language: NotificationLanguage,
  request: NotificationRequest,
  shared: { date: string; time: string; link: string | undefined },
): Values {
  const v = request.variables
  return {
    name: v.name?.[language.code]?.trim() || language.templates.resident,
    eventId: v.eventId,
    otp: v.otp,
    validity: validity(language.tag, v.validMinutes),
    channel: v.channel ? language.templates.channel[v.channel] : undefined,
    date: shared.date,
    time: shared.time,
    trackServiceRequestLink: shared.link,
  }
}

/**
 * Renders a notification in each requested language. Throws MissingTemplateVariableError when a
 * template needs a variable the request lacks, so no message ever leaves with a raw `{…}`.
 */
export function renderNotification(
  request: NotificationRequest,
  options: RenderOptions,
): RenderedNotification {
  const languages = resolveLanguages(request.languages)
  const v = request.variables
  const link =
    v.trackServiceRequestLink ??
    (v.eventId ? trackServiceRequestLink(options.publicUrl, v.eventId) : undefined)
  const shared = { ...dateAndTime(v.when ?? options.now ?? new Date()), link }

  const blocks = languages.map((language) => {
    const templates = language.templates
    const message = messageTemplate(templates, request)
    const values = valuesFor(language, request, shared)
    const paragraphs = [templates.greeting, ...message.body, templates.footer]
    const htmlParagraphs = paragraphs.map((p) => `<p>${fill(p, values, escapeHtml, htmlValue)}</p>`)
    const textValue = language.direction === 'rtl' ? isolatedValue : plainValue
    return {
      subject: fill(message.subject, values, plain, textValue),
      text: paragraphs.map((p) => fill(p, values, plain, textValue)).join('\n\n'),
      html: `<div lang="${language.tag}" dir="${language.direction}">\n${htmlParagraphs.join('\n')}\n</div>`,
      sms: fill(message.sms, values, plain, textValue),
    }
  })

  const subject = blocks.map((b) => b.subject).join(' / ')
  const first = languages[0] as NotificationLanguage
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${first.tag}" dir="${first.direction}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body>',
    blocks.map((b) => b.html).join('\n<br><br>\n'),
    '</body>',
    '</html>',
  ].join('\n')

  return {
    languages: languages.map((l) => l.code),
    tags: languages.map((l) => l.tag),
    subject,
    text: blocks.map((b) => b.text).join('\n\n'),
    html,
    sms: blocks.map((b) => b.sms).join('\n'),
  }
}
