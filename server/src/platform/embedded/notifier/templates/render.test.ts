import { describe, expect, it } from 'vitest'
import type { NotificationRequest, NotificationTopic, TemplateType } from '../../../notifier.ts'
import { NOTIFICATION_LANGUAGES } from './languages.ts'
import { MissingTemplateVariableError, renderNotification } from './render.ts'

const PUBLIC_URL = 'https://resident.example'
const TOPICS: NotificationTopic[] = ['receive-otp', 'get-my-uin-card', 'verify-my-phone-email']
const TYPES: TemplateType[] = ['success', 'failure', 'request-received']
const LANGS = ['eng', 'fra', 'ara', 'hin', 'kan', 'tam', 'spa']
const WHEN = new Date('2026-01-02T03:04:05Z')

/** Letters each language must be written in (not English copied into the file). */
const SCRIPT: Record<string, RegExp> = {
  ara: /\p{Script=Arabic}/u,
  hin: /\p{Script=Devanagari}/u,
  kan: /\p{Script=Kannada}/u,
  tam: /\p{Script=Tamil}/u,
}
const UNFILLED = /\{[A-Za-z]+\}/

function request(
  topic: NotificationTopic,
  templateType: TemplateType,
  languages: string[],
  variables: Partial<NotificationRequest['variables']> = {},
): NotificationRequest {
  return {
    topic,
    templateType,
    languages,
    to: { email: 'someone@example.org' },
    variables: {
      name: { eng: 'Asha Rao', ara: 'آشا راو' },
      eventId: '1234567890123456',
      otp: '482913',
      validMinutes: 3,
      channel: 'EMAIL',
      when: WHEN,
      ...variables,
    },
  }
}

const render = (r: NotificationRequest) => renderNotification(r, { publicUrl: PUBLIC_URL })

describe('notification templates', () => {
  it('exist for every language of the country', () => {
    expect([...NOTIFICATION_LANGUAGES.keys()].sort()).toEqual([...LANGS].sort())
  })

  for (const topic of TOPICS) {
    for (const type of topic === 'receive-otp' ? (['success'] as const) : TYPES) {
      for (const lang of LANGS) {
        it(`${topic}/${type}/${lang} renders every part with every placeholder filled`, () => {
          for (const channel of ['EMAIL', 'PHONE'] as const) {
            const out = render(request(topic, type, [lang], { channel }))
            for (const part of [out.subject, out.text, out.html, out.sms]) {
              expect(part.trim().length).toBeGreaterThan(0)
              expect(part).not.toMatch(UNFILLED)
            }
            const script = SCRIPT[lang]
            if (script) {
              expect(out.subject).toMatch(script)
              expect(out.text).toMatch(script)
              expect(out.sms).toMatch(script)
            }
            if (topic === 'receive-otp') {
              expect(out.text).toContain('482913')
              expect(out.sms).toContain('482913')
            } else {
              expect(out.text).toContain('1234567890123456')
              expect(out.sms).toContain(
                `${PUBLIC_URL}/uinservices/trackservicerequest?eid=1234567890123456`,
              )
            }
          }
        })
      }
    }
  }

  it('has French and Spanish texts that are not the English ones', () => {
    for (const topic of TOPICS) {
      for (const type of TYPES) {
        const eng = render(request(topic, type, ['eng']))
        for (const lang of ['fra', 'spa']) {
          const other = render(request(topic, type, [lang]))
          expect(other.subject).not.toBe(eng.subject)
          expect(other.sms).not.toBe(eng.sms)
          expect(other.text).not.toBe(eng.text)
        }
      }
    }
  })

  it('gives each language block its lang and direction, Arabic right-to-left', () => {
    const out = render(request('get-my-uin-card', 'success', ['ara', 'eng']))
    expect(out.html).toContain('<div lang="ar" dir="rtl">')
    expect(out.html).toContain('<div lang="en" dir="ltr">')
    expect(out.html).toMatch(/<html lang="ar" dir="rtl">/)
  })

  it('joins languages MOSIP’s way: subjects with " / ", HTML blocks with <br><br>', () => {
    const out = render(request('verify-my-phone-email', 'success', ['eng', 'fra']))
    expect(out.subject).toBe(
      'Your email address was verified / Vérification de votre adresse e-mail réussie',
    )
    expect(out.html).toMatch(/<div lang="en"[\s\S]*<\/div>\n<br><br>\n<div lang="fr"/)
    expect(out.text.indexOf('Dear Asha Rao,')).toBeLessThan(out.text.indexOf('Bonjour'))
    expect(out.sms.split('\n')).toHaveLength(2)
    expect(out.languages).toEqual(['eng', 'fra'])
  })

  it('translates the channel into the sentence', () => {
    const phone = render(request('verify-my-phone-email', 'success', ['ara'], { channel: 'PHONE' }))
    expect(phone.subject).toBe('تم التحقق من رقم هاتفك')
    const email = render(request('verify-my-phone-email', 'failure', ['hin']))
    expect(email.sms).toContain('आपके ईमेल पते का सत्यापन नहीं हो सका')
  })

  it('escapes variables in HTML but keeps them as they are in plain text', () => {
    const name = '<script>alert(1)</script> & "Co"'
    const out = render(request('get-my-uin-card', 'success', ['eng'], { name: { eng: name } }))
    expect(out.html).not.toContain('<script>')
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;')
    expect(out.text).toContain(`Dear ${name},`)
  })

  it('does not read a value that looks like a placeholder as one', () => {
    const out = render(request('receive-otp', 'success', ['eng'], { name: { eng: '{otp}' } }))
    expect(out.text).toContain('Dear {otp},')
  })

  it('falls back to a translated "Resident" when there is no name in that language', () => {
    const out = render(request('get-my-uin-card', 'failure', ['fra', 'ara'], { name: undefined }))
    expect(out.text).toContain('Bonjour Résident,')
    expect(out.text).toContain('عزيزي/عزيزتي \u2068المقيم\u2069،')
  })

  it('links the event to the portal’s track page, as a link in HTML', () => {
    const out = renderNotification(request('get-my-uin-card', 'success', ['eng']), {
      publicUrl: 'https://portal.example/',
    })
    const link = 'https://portal.example/uinservices/trackservicerequest?eid=1234567890123456'
    expect(out.text).toContain(link)
    expect(out.html).toContain(`<a href="${link}" dir="ltr">${link}</a>`)
  })

  it('writes the date and time in UTC as dd-MM-yyyy and HH:mm:ss', () => {
    const out = render(request('get-my-uin-card', 'success', ['eng']))
    expect(out.text).toContain('downloaded on 02-01-2026 at 03:04:05 (UTC)')
  })

  it('says the OTP validity with the language’s plural', () => {
    expect(render(request('receive-otp', 'success', ['eng'], { validMinutes: 1 })).sms).toContain(
      'valid for 1 minute.',
    )
    expect(render(request('receive-otp', 'success', ['eng'])).sms).toContain('valid for 3 minutes.')
    expect(render(request('receive-otp', 'success', ['spa'])).sms).toContain('3 minutos')
  })

  it('says never to share the OTP', () => {
    const out = render(request('receive-otp', 'success', ['eng']))
    expect(out.text).toContain('Resident Services staff will never ask you for it')
    expect(out.sms).toContain('Never share it')
  })

  it('renders known languages once each, English when none is known', () => {
    expect(render(request('receive-otp', 'success', ['xyz'])).languages).toEqual(['eng'])
    expect(render(request('receive-otp', 'success', ['tam', 'xyz', 'tam'])).languages).toEqual([
      'tam',
    ])
  })

  it('isolates ids, codes, dates and links in Arabic text and SMS, so they keep their order', () => {
    const LRI = '\u2066'
    const FSI = '\u2068'
    const PDI = '\u2069'
    const ltr = (value: string) => `${LRI}${value}${PDI}`
    const card = render(request('get-my-uin-card', 'success', ['ara']))
    const link = `${PUBLIC_URL}/uinservices/trackservicerequest?eid=1234567890123456`
    for (const part of [card.text, card.sms]) {
      expect(part).toContain(
        `معرّف الحدث${part === card.sms ? ' ' : ': '}${ltr('1234567890123456')}`,
      )
      expect(part).toContain(ltr(link))
    }
    expect(card.text).toContain(`بتاريخ ${ltr('02-01-2026')} الساعة ${ltr('03:04:05')} (UTC)`)
    expect(card.text).toContain(`عزيزي/عزيزتي ${FSI}آشا راو${PDI}،`)
    // Nothing stays bare: every digit of an id sits inside an isolate.
    const bare = card.text.replace(/\u2066[^\u2069]*\u2069/g, '')
    expect(bare).not.toMatch(/1234567890123456|02-01-2026|03:04:05/)

    const otp = render(request('receive-otp', 'success', ['ara']))
    expect(otp.sms).toContain(`رمز OTP الخاص بك هو ${ltr('482913')}،`)
    expect(otp.text).toContain(ltr('482913'))
    expect(otp.html).toContain('<strong><bdi dir="ltr">482913</bdi></strong>')
    expect(card.html).toContain('<bdi dir="ltr">1234567890123456</bdi>')
    expect(card.html).toContain('<bdi dir="ltr">02-01-2026</bdi>')
  })

  it('adds no isolates to left-to-right text, so an SMS stays in the GSM alphabet', () => {
    for (const lang of ['eng', 'fra', 'spa']) {
      const out = render(request('get-my-uin-card', 'success', [lang]))
      for (const part of [out.subject, out.text, out.sms]) {
        expect(part, lang).not.toMatch(/[\u2066-\u2069]/)
      }
    }
    // An Arabic block beside an English one: only the Arabic one carries them.
    const both = render(request('receive-otp', 'success', ['ara', 'eng']))
    const [arabic, english] = both.sms.split('\n')
    expect(arabic).toContain('\u2066482913\u2069')
    expect(english).not.toMatch(/[\u2066-\u2069]/)
  })

  it('drops direction controls a value brings with it', () => {
    const out = render(
      request('get-my-uin-card', 'success', ['ara'], { name: { ara: 'آشا\u2069\u202e راو' } }),
    )
    expect(out.text).toContain('\u2068آشا راو\u2069')
    expect(out.text).not.toContain('\u202e')
  })

  it('refuses to render a message whose variable is missing', () => {
    expect(() => render(request('receive-otp', 'success', ['eng'], { otp: undefined }))).toThrow(
      MissingTemplateVariableError,
    )
    expect(() =>
      render(request('verify-my-phone-email', 'success', ['eng'], { channel: undefined })),
    ).toThrow(/channel/)
  })
})
