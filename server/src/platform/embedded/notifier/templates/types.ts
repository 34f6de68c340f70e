import type { TemplateType } from '../../../notifier.ts'

/**
 * Placeholders a template may use, written `{name}`. `validity` is the OTP's lifetime as a
 * localised duration ("3 minutes", "3 دقائق"), so templates need no plural rules of their own.
 */
export const PLACEHOLDERS = [
  'name',
  'eventId',
  'otp',
  'validity',
  'channel',
  'date',
  'time',
  'trackServiceRequestLink',
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** One message: MOSIP's `…-email-subject`, `…-email-content` and `…_SMS` codes together. */
export interface MessageTemplate {
  subject: string
  /** Paragraphs of the email body, between the greeting and the footer. */
  body: string[]
  /** Short text for SMS. */
  sms: string
}

/** Every notification text of one language. */
export interface LanguageTemplates {
  /** Stands in for the resident's name when the identity has none in this language. */
  resident: string
  /** The contact being verified, worded to fit this language's `{channel}` sentences. */
  channel: { EMAIL: string; PHONE: string }
  greeting: string
  footer: string
  'receive-otp': MessageTemplate
  'get-my-uin-card': Record<TemplateType, MessageTemplate>
  'verify-my-phone-email': Record<TemplateType, MessageTemplate>
}
