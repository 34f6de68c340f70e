/**
 * The notifier port (MOSIP kernel notifier + masterdata templates): renders a template for an
 * event in the resident's languages and sends it by email and/or SMS.
 */

/** Template families, MOSIP's feature prefixes (`resident.template.*`), plus the OTP message. */
export type NotificationTopic = 'receive-otp' | 'get-my-uin-card' | 'verify-my-phone-email'

/** MOSIP's templateType values used so far. */
export type TemplateType = 'success' | 'failure' | 'request-received'

export interface NotificationRequest {
  topic: NotificationTopic
  /** Ignored for `receive-otp`. */
  templateType: TemplateType
  /** Languages to render, in order; several are joined as MOSIP does. */
  languages: string[]
  to: { email?: string | null; phone?: string | null }
  /**
   * Template variables: `name` (per language), `eventId`, `otp`, `validMinutes`, `channel`,
   * `date`, `time`, `trackServiceRequestLink`. Never logged.
   */
  variables: {
    name?: Record<string, string>
    eventId?: string
    otp?: string
    validMinutes?: number
    channel?: 'PHONE' | 'EMAIL'
    trackServiceRequestLink?: string
    when?: Date
  }
}

export interface NotificationResult {
  email: 'sent' | 'skipped' | 'failed'
  sms: 'sent' | 'skipped' | 'failed'
}

/** A message held by the development mailbox (demo mode only). */
export interface MailboxMessage {
  id: number
  channel: 'EMAIL' | 'SMS'
  to: string
  subject: string | null
  body: string
  sentAt: Date
}

export interface NotifierPort {
  send(request: NotificationRequest): Promise<NotificationResult>
  /** Which channels can carry a message at all (a transport or the development mailbox). */
  deliverable(): { email: boolean; sms: boolean }
  /** Releases connections (an SMTP pool); the app calls it when it closes. */
  close?(): Promise<void>
  /** The development mailbox, newest first; undefined when it is off (production). */
  mailbox?: {
    list(options: { to?: string; limit: number }): Promise<MailboxMessage[]>
  }
}
