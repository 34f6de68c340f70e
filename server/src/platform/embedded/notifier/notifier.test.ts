import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { cloneTemplate } from '../../../../test/database-template.ts'
import {
  deadPort,
  parseMail,
  type SmsGateway,
  startSmsGateway,
  startSmtpServer,
} from '../../../../test/support/mail-servers.ts'
import type { DatabaseHandle } from '../../../db/database.ts'
import type { NotificationRequest } from '../../notifier.ts'
import { embeddedTables } from '../tables.ts'
import { createEmbeddedNotifier, type EmbeddedNotifierDeps } from './notifier.ts'
import { renderNotification } from './templates/render.ts'

const EMAIL = 'asha.rao@example.org'
const PHONE = '9876543210'
const OTP = '739201'
const FROM = 'Resident Services <no-reply@resident.example>'

let handle: DatabaseHandle
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let gateway: SmsGateway
let logs: { obj: object; msg: string }[] = []
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  handle = await cloneTemplate(inject('dbTemplate'))
  smtp = await startSmtpServer()
  gateway = await startSmsGateway()
})
afterAll(async () => {
  await smtp.close()
  await gateway.close()
  await handle.close()
})
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
  await handle.db.deleteFrom('ntf_mailbox').execute()
  smtp.received.length = 0
  gateway.received.length = 0
  gateway.reply = 200
  logs = []
})

function notifier(deps: Partial<EmbeddedNotifierDeps>) {
  const n = createEmbeddedNotifier(embeddedTables(handle.db), {
    mailFrom: FROM,
    devMailbox: false,
    publicUrl: 'https://resident.example',
    log: { warn: (obj, msg) => logs.push({ obj, msg }) },
    ...deps,
  })
  closers.push(() => n.close())
  return n
}

function otpRequest(
  to: NotificationRequest['to'],
  languages = ['ara', 'eng'],
): NotificationRequest {
  return {
    topic: 'receive-otp',
    templateType: 'success',
    languages,
    to,
    variables: { otp: OTP, validMinutes: 3, name: { eng: 'Asha Rao', ara: 'آشا راو' } },
  }
}

describe('embedded notifier: email over SMTP', () => {
  it('sends an Arabic-first email with an RTL HTML part to the resident', async () => {
    const n = notifier({ smtpUrl: smtp.url })
    const result = await n.send(otpRequest({ email: EMAIL }))
    expect(result).toEqual({ email: 'sent', sms: 'skipped' })
    expect(smtp.received).toHaveLength(1)
    const mail = smtp.received[0]
    expect(mail?.to).toEqual([EMAIL])
    expect(mail?.from).toBe('no-reply@resident.example')
    const parsed = parseMail(mail?.raw ?? '')
    expect(parsed.subject).toBe(
      'كلمة المرور لمرة واحدة (OTP) الخاصة بك / Your one-time password (OTP)',
    )
    // In the right-to-left block every value is isolated (first-strong, left-to-right).
    expect(parsed.text.startsWith('عزيزي/عزيزتي \u2068آشا راو\u2069،')).toBe(true)
    expect(parsed.text).toContain(`كلمة المرور لمرة واحدة (OTP) الخاصة بك هي \u2066${OTP}\u2069`)
    expect(parsed.text).toContain('Dear Asha Rao,')
    expect(parsed.html).toContain('<div lang="ar" dir="rtl">')
    expect(parsed.html).toContain(`<strong><bdi dir="ltr">${OTP}</bdi></strong>`)
    expect(parsed.headers.get('content-language')).toBe('ar, en')
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
    expect(n.mailbox).toBeUndefined()
  })

  it('reports a dead SMTP server as failed and logs neither the address nor the OTP', async () => {
    const n = notifier({ smtpUrl: `smtp://127.0.0.1:${await deadPort()}` })
    const result = await n.send(otpRequest({ email: EMAIL, phone: PHONE }))
    expect(result).toEqual({ email: 'failed', sms: 'skipped' })
    expect(logs).toHaveLength(1)
    expect(logs[0]?.obj).toMatchObject({ channel: 'EMAIL', via: 'smtp' })
    expect(Object.keys(logs[0]?.obj ?? {}).sort()).toEqual(['channel', 'error', 'via'])
    const written = JSON.stringify(logs)
    for (const secret of [EMAIL, 'asha', OTP, PHONE, 'Asha']) expect(written).not.toContain(secret)
  })
})

describe('embedded notifier: SMS gateway', () => {
  it('posts {to, message} JSON to the gateway', async () => {
    const n = notifier({ smsGatewayUrl: gateway.url })
    const result = await n.send(otpRequest({ phone: PHONE, email: EMAIL }, ['eng']))
    expect(result).toEqual({ email: 'skipped', sms: 'sent' })
    expect(gateway.received).toEqual([
      {
        contentType: 'application/json',
        body: {
          to: PHONE,
          message: `Your OTP is ${OTP}, valid for 3 minutes. Never share it: Resident Services staff will never ask for it.`,
        },
      },
    ])
  })

  it('reports a gateway error as failed with only its status in the log', async () => {
    gateway.reply = 502
    const n = notifier({ smsGatewayUrl: gateway.url })
    expect(await n.send(otpRequest({ phone: PHONE }))).toEqual({ email: 'skipped', sms: 'failed' })
    expect(logs.map((l) => l.obj)).toEqual([{ channel: 'SMS', via: 'gateway', error: 'HTTP_502' }])
  })

  it('gives up on a gateway that does not answer', async () => {
    gateway.reply = 'hang'
    const n = notifier({ smsGatewayUrl: gateway.url, smsTimeoutMs: 200 })
    expect(await n.send(otpRequest({ phone: PHONE }))).toEqual({ email: 'skipped', sms: 'failed' })
    expect(logs.map((l) => l.obj)).toEqual([
      { channel: 'SMS', via: 'gateway', error: 'TimeoutError' },
    ])
  })
})

describe('embedded notifier: contacts and templates', () => {
  it('skips contacts that are missing or not valid, as MOSIP does', async () => {
    const n = notifier({ smtpUrl: smtp.url, smsGatewayUrl: gateway.url })
    for (const to of [
      {},
      { email: null, phone: null },
      { email: 'not-an-address', phone: '12345' },
      { email: `${EMAIL}\r\nBcc: spy@example.org`, phone: '+919876543210' },
      { email: 'a@b.org, spy@example.org', phone: '5876543210' },
    ]) {
      expect(await n.send(otpRequest(to))).toEqual({ email: 'skipped', sms: 'skipped' })
    }
    expect(smtp.received).toHaveLength(0)
    expect(gateway.received).toHaveLength(0)
  })

  it('skips every channel when nothing can deliver (no SMTP, no gateway, no mailbox)', async () => {
    const n = notifier({})
    const result = await n.send(otpRequest({ email: EMAIL, phone: PHONE }))
    expect(result).toEqual({ email: 'skipped', sms: 'skipped' })
  })

  it('fails, without throwing, a message whose template variable is missing', async () => {
    const n = notifier({ smtpUrl: smtp.url, smsGatewayUrl: gateway.url })
    const request = otpRequest({ email: EMAIL, phone: PHONE })
    request.variables.otp = undefined
    expect(await n.send(request)).toEqual({ email: 'failed', sms: 'failed' })
    expect(smtp.received).toHaveLength(0)
    expect(JSON.stringify(logs)).not.toContain(EMAIL)
    expect(logs[0]?.obj).toMatchObject({ topic: 'receive-otp', variable: 'otp' })
  })
})

describe('embedded notifier: development mailbox', () => {
  const eventRequest = (email: string): NotificationRequest => ({
    topic: 'get-my-uin-card',
    templateType: 'success',
    languages: ['eng'],
    to: { email },
    variables: { eventId: '1234567890123456' },
  })

  it('is the delivery in demo mode: email and SMS kept, newest first', async () => {
    const now = new Date('2026-03-04T05:06:07Z')
    const n = notifier({ devMailbox: true, now: () => now })
    expect(await n.send(otpRequest({ email: EMAIL }, ['eng']))).toEqual({
      email: 'sent',
      sms: 'skipped',
    })
    expect(await n.send(otpRequest({ phone: PHONE }, ['eng']))).toEqual({
      email: 'skipped',
      sms: 'sent',
    })
    const messages = (await n.mailbox?.list({ limit: 10 })) ?? []
    expect(messages.map((m) => [m.channel, m.to])).toEqual([
      ['SMS', PHONE],
      ['EMAIL', EMAIL],
    ])
    const [sms, email] = messages
    expect(sms?.subject).toBeNull()
    expect(sms?.body).toContain(OTP)
    const rendered = renderNotification(otpRequest({}, ['eng']), { publicUrl: '' })
    expect(email?.subject).toBe(rendered.subject)
    expect(email?.body).toBe(rendered.text)
    expect(email?.body).not.toContain('<p>')
    expect(email?.sentAt).toEqual(now)
  })

  it('filters by recipient, ignoring case', async () => {
    const n = notifier({ devMailbox: true })
    await n.send(eventRequest('first@example.org'))
    await n.send(eventRequest('Second@Example.org'))
    await n.send(eventRequest('first@example.org'))
    const first = (await n.mailbox?.list({ to: ' FIRST@example.org', limit: 10 })) ?? []
    expect(first.map((m) => m.to)).toEqual(['first@example.org', 'first@example.org'])
    expect(first[0]?.id).toBeGreaterThan(first[1]?.id ?? Infinity)
    const second = (await n.mailbox?.list({ to: 'second@example.org', limit: 10 })) ?? []
    expect(second).toHaveLength(1)
    expect(await n.mailbox?.list({ limit: 2 })).toHaveLength(2)
    expect(await n.mailbox?.list({ limit: Number.POSITIVE_INFINITY })).toHaveLength(3)
  })

  it('keeps only the newest messages', async () => {
    const n = notifier({ devMailbox: true, mailboxLimit: 3 })
    for (let i = 1; i <= 5; i++) await n.send(eventRequest(`r${i}@example.org`))
    const messages = (await n.mailbox?.list({ limit: 10 })) ?? []
    expect(messages.map((m) => m.to)).toEqual([
      'r5@example.org',
      'r4@example.org',
      'r3@example.org',
    ])
    const rows = await handle.db.selectFrom('ntf_mailbox').select('id').execute()
    expect(rows).toHaveLength(3)
  })

  it('also keeps a copy when the email really goes out over SMTP', async () => {
    const n = notifier({ devMailbox: true, smtpUrl: smtp.url })
    expect((await n.send(eventRequest(EMAIL))).email).toBe('sent')
    expect(smtp.received).toHaveLength(1)
    expect(await n.mailbox?.list({ to: EMAIL, limit: 5 })).toHaveLength(1)
  })
})
