import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createEmbeddedServer } from '../src/bootstrap/server.ts'
import { loadConfig } from '../src/config.ts'
import { cloneTemplate } from './database-template.ts'
import { API, featured, newTransactionId, otpRequest } from './otp-flow.ts'
import { generateKeys } from './support/keys.ts'
import { startSmtpServer } from './support/mail-servers.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/** pino's numeric levels, as they reach the log collector. */
const WARN = 40
const ERROR = 50

const parsed = (logs: string[]) =>
  logs.map((line) => JSON.parse(line) as { level: number; msg: string; [key: string]: unknown })

describe('log levels: failures reach the log above info', () => {
  it('logs a request the server failed (5xx) at error, and answers without the stack', async () => {
    const logs: string[] = []
    const logStream = new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk))
        done()
      },
    })
    const handle = await cloneTemplate(inject('dbTemplate'))
    const { app } = await createEmbeddedServer({
      config: loadConfig({ PORTAL_DIR: '/nonexistent' }),
      db: handle.db,
      keys: await generateKeys(),
      logStream,
      // A platform service failing in a way nobody planned for.
      decoratePorts: (ports) => ({
        ...ports,
        masterdata: {
          ...ports.masterdata,
          validDocuments: async () => {
            throw new Error('connection terminated unexpectedly')
          },
        },
      }),
    })
    try {
      const res = await app.inject({ url: `${API}/proxy/masterdata/validdocuments/eng` })
      expect(res.statusCode).toBe(500)
      expect(res.json().errors[0].errorCode).toBe('RES-SER-SYS-001')
      expect(res.body).not.toContain('terminated')
      const failed = parsed(logs).filter((l) => l.msg === 'request failed')
      expect(failed).toHaveLength(1)
      expect(failed[0]?.level).toBe(ERROR)
    } finally {
      await app.close()
      await handle.close()
    }
  })

  describe('a delivery the mail server refuses', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>
    let t: TestApp
    beforeAll(async () => {
      smtp = await startSmtpServer()
      smtp.state.refusing = true
      t = await createTestApp(
        { SMTP_URL: smtp.url, DEV_MAILBOX: 'false', CAPTCHA_REQUIRED: 'false' },
        { pollMs: 20, backoff: { baseMs: 50, capMs: 100, random: () => 0.5 } },
      )
    })
    afterAll(async () => {
      await t?.close()
      await smtp?.close()
    })

    it('logs each refused attempt of the job at warn, without the recipient', async () => {
      const resident = featured('card-ready-eng')
      await t.app.inject({
        method: 'POST',
        url: `${API}/individualId/otp`,
        payload: otpRequest(resident.uin as string, newTransactionId(), ['EMAIL']),
      })
      const until = Date.now() + 10_000
      const retries = () => parsed(t.logs).filter((l) => l.msg === 'job failed, will retry')
      while (retries().length < 2 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      expect(retries().length).toBeGreaterThanOrEqual(2)
      for (const line of retries()) {
        expect(line).toMatchObject({ level: WARN, kind: 'ida.otp-message', error: 'NOT_DELIVERED' })
      }
      // The notifier says why, at warn too.
      expect(parsed(t.logs).find((l) => l.msg === 'notification not delivered')?.level).toBe(WARN)
      expect(t.logs.join('')).not.toContain(resident.email as string)
    })
  })
})
