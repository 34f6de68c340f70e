import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { NotificationRequest } from '../../platform/notifier.ts'

const URL = '/resident/v1/dev/mailbox'

const uinCard = (to: NotificationRequest['to'], eventId: string): NotificationRequest => ({
  topic: 'get-my-uin-card',
  templateType: 'success',
  languages: ['eng', 'ara'],
  to,
  variables: { eventId },
})

interface MailboxBody {
  id: string
  version: string
  errors: { errorCode: string }[] | null
  response: {
    messages: {
      id: number
      channel: string
      to: string
      subject: string | null
      body: string
      sentAt: string
    }[]
  } | null
}

describe('GET /resident/v1/dev/mailbox (demo mode)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
    await t.ports.notifier.send(uinCard({ email: 'first@example.org' }, '1111111111111111'))
    await t.ports.notifier.send(uinCard({ phone: '9876543210' }, '2222222222222222'))
    await t.ports.notifier.send(uinCard({ email: 'second@example.org' }, '3333333333333333'))
  })
  afterAll(() => t.close())

  it('lists the messages sent, newest first, in the MOSIP envelope and never cached', async () => {
    const res = await t.app.inject({ url: URL })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json<MailboxBody>()
    expect(body).toMatchObject({ id: 'resident.dev.mailbox', version: '1.0', errors: null })
    const messages = body.response?.messages ?? []
    expect(messages.map((m) => [m.channel, m.to])).toEqual([
      ['EMAIL', 'second@example.org'],
      ['SMS', '9876543210'],
      ['EMAIL', 'first@example.org'],
    ])
    const [email, sms] = messages
    expect(email?.subject).toBe('Your UIN card was downloaded / تم تنزيل بطاقة UIN الخاصة بك')
    expect(email?.body).toContain('Event ID: 3333333333333333')
    expect(email?.body).toContain('معرّف الحدث: \u20663333333333333333\u2069')
    expect(sms?.subject).toBeNull()
    expect(sms?.body).toContain('2222222222222222')
    expect(Date.parse(email?.sentAt ?? '')).not.toBeNaN()
  })

  it('filters by recipient and limits the count', async () => {
    const byPhone = (await t.app.inject({ url: `${URL}?to=9876543210` })).json<MailboxBody>()
    expect(byPhone.response?.messages.map((m) => m.to)).toEqual(['9876543210'])
    const byEmail = (
      await t.app.inject({ url: `${URL}?to=${encodeURIComponent('First@Example.org')}` })
    ).json<MailboxBody>()
    expect(byEmail.response?.messages.map((m) => m.to)).toEqual(['first@example.org'])
    const limited = (await t.app.inject({ url: `${URL}?limit=1` })).json<MailboxBody>()
    expect(limited.response?.messages.map((m) => m.to)).toEqual(['second@example.org'])
  })

  it('rejects a limit outside 1–200 or a recipient that is not an address', async () => {
    for (const query of [
      'limit=0',
      'limit=201',
      'limit=1e999',
      'limit=1.5',
      'limit=abc',
      `to=${'a'.repeat(255)}`,
      'to=a%20b',
    ]) {
      const res = await t.app.inject({ url: `${URL}?${query}` })
      const body = res.json<MailboxBody>()
      expect(body.errors?.[0]?.errorCode, query).toBe('RES-SER-410')
      expect(body.response).toBeNull()
    }
  })

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/resident/v1/api-docs' })).json<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>
    }>()
    const op = doc.paths[URL]?.get
    expect(op?.parameters?.map((p) => p.name).sort()).toEqual(['limit', 'to'])
  })
})

describe('GET /resident/v1/dev/mailbox with the mailbox off (production)', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ DEV_MAILBOX: 'false' })
  })
  afterAll(() => t.close())

  it('does not exist', async () => {
    expect(t.ports.notifier.mailbox).toBeUndefined()
    const res = await t.app.inject({ url: URL })
    expect(res.statusCode).toBe(404)
    expect(res.json<MailboxBody>().errors?.[0]?.errorCode).toBe('RES-SER-901')
  })
})
