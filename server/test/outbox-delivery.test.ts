import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API, featured, newTransactionId, otpCheck, otpRequest } from './otp-flow.ts'
import { startSmtpServer } from './support/mail-servers.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/** Waits until `check` holds (the job runner works in the background), failing after `ms`. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const codeIn = (raw: string) => raw.match(/\b\d{6}\b/)?.[0]

describe('email through the durable outbox, against a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>
  let t: TestApp
  const resident = featured('card-ready-eng')

  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await createTestApp(
      { SMTP_URL: smtp.url, DEV_MAILBOX: 'false', CAPTCHA_REQUIRED: 'false' },
      // Fast retries so the test sees several attempts within a second or two.
      { pollMs: 20, backoff: { baseMs: 50, capMs: 200, random: () => 0.5 } },
    )
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
  })

  it('answers at once while the mail server refuses, then delivers each message exactly once', async () => {
    smtp.state.refusing = true
    const transactionId = newTransactionId()
    const sent = await t.app.inject({
      method: 'POST',
      url: `${API}/individualId/otp`,
      payload: otpRequest(resident.uin as string, transactionId, ['EMAIL']),
    })
    // The answer does not wait for the mail server: the message is queued with the OTP.
    expect(sent.json()).toMatchObject({
      errors: null,
      response: { maskedEmail: expect.any(String) },
    })
    await eventually(() => smtp.state.refused >= 2)
    expect(smtp.received.filter((m) => m.to.includes(resident.email as string))).toEqual([])

    smtp.state.refusing = false
    await eventually(() => smtp.received.some((m) => m.to.includes(resident.email as string)))
    // Let the runner go on a little: nothing is sent twice.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const mails = smtp.received.filter((m) => m.to.includes(resident.email as string))
    expect(mails).toHaveLength(1)
    const otp = codeIn(mails[0]?.raw ?? '')
    expect(otp).toMatch(/^\d{6}$/)

    // The code that arrived late still works, and its card notification goes out once too.
    const card = await t.app.inject({
      method: 'POST',
      url: `${API}/download-card`,
      payload: otpCheck(
        'mosip.resident.download.uin.card',
        resident.uin as string,
        transactionId,
        otp as string,
      ),
    })
    expect(card.headers['content-type']).toBe('application/pdf')
    await eventually(
      () => smtp.received.filter((m) => m.to.includes(resident.email as string)).length === 2,
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.filter((m) => m.to.includes(resident.email as string))).toHaveLength(2)
    expect(await t.jobs.stats()).toMatchObject({ dead: 0 })
  })
})
