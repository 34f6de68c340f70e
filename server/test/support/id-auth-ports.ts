import { inject } from 'vitest'
import type { Config, OtpAbuseLimits } from '../../src/config.ts'
import {
  createEmbeddedIdAuth,
  OTP_MESSAGE_KIND,
} from '../../src/platform/embedded/id-auth/service.ts'
import { embeddedTables } from '../../src/platform/embedded/tables.ts'
import type { IdAuthPort, OtpChannel, OtpPurpose } from '../../src/platform/id-auth.ts'
import type { Identity, IdentityPort, ResolvedIndividual } from '../../src/platform/identity.ts'
import { notificationHandler } from '../../src/platform/notification-outbox.ts'
import type {
  NotificationRequest,
  NotificationResult,
  NotifierPort,
} from '../../src/platform/notifier.ts'
import type { Outbox, OutboxHandler } from '../../src/platform/outbox.ts'
import { cloneTemplate } from '../database-template.ts'
import { generateKeys } from './keys.ts'

/** Small in-test identity registry: people are added per test so tests never share a UIN. */
export function createTestIdentity() {
  const people = new Map<string, Identity>()
  const ids = new Map<string, ResolvedIndividual>()
  const vidUses: string[] = []
  const lapsed = new Set<string>()
  let next = 0

  const port: IdentityPort = {
    resolve: async (individualId) => ids.get(individualId) ?? null,
    identity: async (uin) => people.get(uin) ?? null,
    contactsOf: async (individualId) => {
      const id = ids.get(individualId)
      if (!id) return null
      const person = id.uin ? people.get(id.uin) : undefined
      return {
        ...id,
        email: person?.email ?? null,
        phone: person?.phone ?? null,
        languages: person?.languages ?? [],
        fullName: person?.fullName ?? {},
      }
    },
    application: async () => null,
    useVid: async (vid) => {
      vidUses.push(vid)
      return !lapsed.has(vid)
    },
    isLapsedVid: async (vid) => lapsed.has(vid),
  }

  return {
    port,
    vidUses,
    /** A new resident with a UIN, a VID and an AID; contacts as given. */
    add(contacts: { email?: string | null; phone?: string | null } = {}) {
      next += 1
      const uin = String(5_000_000_000 + next * 7919)
      const vid = String(4_000_000_000_000_000n + BigInt(next) * 104_729n)
      const aid = `1000100001${String(next).padStart(19, '0')}`
      people.set(uin, {
        uin,
        status: 'ACTIVATED',
        fullName: { eng: 'Amina Diallo', fra: 'Amina Diallo', ara: 'أمينة ديالو' },
        gender: { eng: 'Female' },
        dateOfBirth: '1990/04/12',
        address: { eng: '12 Baobab Street' },
        languages: ['fra', 'eng'],
        email: contacts.email === undefined ? `resident${next}@example.org` : contacts.email,
        phone:
          contacts.phone === undefined ? `98765${String(next).padStart(5, '0')}` : contacts.phone,
        photo: null,
        issuedAt: new Date('2025-01-01T00:00:00Z'),
      })
      ids.set(uin, { individualId: uin, idType: 'UIN', uin })
      ids.set(vid, { individualId: vid, idType: 'VID', uin })
      ids.set(aid, { individualId: aid, idType: 'AID', uin })
      const person = people.get(uin) as Identity
      return { uin, vid, aid, person }
    },
    /** The VID runs out (revoked, expired or used up): it resolves no more, IDA says why. */
    lapse(vid: string) {
      ids.delete(vid)
      lapsed.add(vid)
    },
    /** An application whose UIN is not generated yet. */
    addPendingAid(): string {
      next += 1
      const aid = `1000200002${String(next).padStart(19, '0')}`
      ids.set(aid, { individualId: aid, idType: 'AID', uin: null })
      return aid
    },
  }
}

/** In-test notifier: records every message; its result per channel can be set. */
export function createTestNotifier() {
  const sent: NotificationRequest[] = []
  const outcome: { email: NotificationResult['email']; sms: NotificationResult['sms'] } = {
    email: 'sent',
    sms: 'sent',
  }
  const port: NotifierPort = {
    deliverable: () => ({ email: outcome.email !== 'failed', sms: outcome.sms !== 'failed' }),
    async send(request) {
      sent.push(request)
      return {
        email: request.to.email ? outcome.email : 'skipped',
        sms: request.to.phone ? outcome.sms : 'skipped',
      }
    },
  }
  return {
    port,
    sent,
    outcome,
    /** The OTP of the last message. */
    lastOtp(): string {
      const otp = sent.at(-1)?.variables.otp
      if (!otp) throw new Error('no OTP sent')
      return otp
    },
  }
}

export const OTP_LIMITS: Config['otp'] = {
  ttlSeconds: 180,
  maxAttempts: 5,
  maxSends: 10,
  sendWindowSeconds: 600,
  resendAfterSeconds: 60,
}

/** The limits across one individual's OTPs, as a deployment gets them by default. */
export const OTP_ABUSE_LIMITS: Pick<OtpAbuseLimits, 'failures' | 'sendsPerDay'> = {
  failures: {
    free: 5,
    firstDelaySeconds: 30,
    maxDelaySeconds: 900,
    lockout: 100,
    lockoutSeconds: 86_400,
  },
  sendsPerDay: 20,
}

/**
 * An outbox that runs each entry as soon as it is written (unit tests of one service: the
 * durable queue itself is tested in `jobs/`). A failing handler fails the write. Entries written
 * as rows (`rowOf`) land in the job table unsealed and run when the writer wakes the outbox.
 */
export function createImmediateOutbox(handlers: Record<string, OutboxHandler>): Outbox {
  const handlerOf = (kind: string) => {
    const handler = handlers[kind]
    if (!handler) throw new Error(`no handler for ${kind}`)
    return handler
  }
  return {
    async enqueue(_executor, entry) {
      await handlerOf(entry.kind)(structuredClone(entry.payload))
      return true
    },
    rowOf(entry) {
      handlerOf(entry.kind)
      const at = new Date()
      return {
        table: 'resident_job',
        values: {
          kind: entry.kind,
          idempotency_key: entry.key,
          payload: structuredClone(entry.payload),
          sealed: false,
          state: 'done',
          max_attempts: 1,
          run_after: at,
          created_at: at,
          updated_at: at,
        },
      }
    },
    wake(written = []) {
      // The handlers' first steps run now (a test's notifier records the message before this
      // returns); what they finish later is not awaited, as a worker's is not.
      for (const entry of written) {
        handlerOf(entry.kind)(structuredClone(entry.payload)).catch(() => {})
      }
    },
  }
}

/** A clock tests move by hand. */
export function createClock(start = '2026-06-01T10:00:00Z') {
  let at = new Date(start).getTime()
  return {
    now: () => new Date(at),
    advance(seconds: number) {
      at += seconds * 1000
    },
  }
}

let txn = 1_000_000_000
/** A fresh 10-digit transaction id. */
export function nextTransactionId(): string {
  txn += 1
  return String(txn)
}

/** A fresh database and keys, and the embedded IDA over them and the given in-test ports. */
export async function openTestIdAuth(ports: {
  identity: IdentityPort
  notifier: NotifierPort
  now: () => Date
  abuse?: Pick<OtpAbuseLimits, 'failures' | 'sendsPerDay'>
  otp?: Config['otp']
}) {
  const handle = await cloneTemplate(inject('dbTemplate'))
  const keys = await generateKeys()
  const outbox = createImmediateOutbox({ [OTP_MESSAGE_KIND]: notificationHandler(ports.notifier) })
  const ida = createEmbeddedIdAuth(embeddedTables(handle.db), {
    abuse: OTP_ABUSE_LIMITS,
    ...ports,
    outbox,
    keys,
    otp: ports.otp ?? OTP_LIMITS,
  })
  return { handle, keys, ida }
}

/** A client of the IDA under test: sends OTPs (read back from the notifier) and checks codes. */
export function otpClient(
  ida: IdAuthPort,
  notifier: ReturnType<typeof createTestNotifier>,
  purpose: OtpPurpose = 'get-my-uin',
) {
  return {
    async requestOtp(individualId: string, channels: OtpChannel[] = ['EMAIL']) {
      const transactionId = nextTransactionId()
      const sent = await ida.sendOtp({
        individualId,
        transactionId,
        channels,
        partnerId: 'resident',
        purpose,
      })
      if (!sent.ok) throw new Error(`no OTP sent: ${sent.error.errorCode}`)
      return { transactionId, otp: notifier.lastOtp() }
    },
    auth(individualId: string, transactionId: string, otp: string, partnerId = 'resident') {
      return ida.authenticateOtp({ individualId, transactionId, otp, partnerId, purpose })
    },
    /** A 6-digit code other than `otp`. */
    wrong: (otp: string, n = 1) => String((Number(otp) + n) % 1_000_000).padStart(6, '0'),
  }
}
