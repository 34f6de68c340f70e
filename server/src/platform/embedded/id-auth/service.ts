import crypto from 'node:crypto'
import type { Config, OtpAbuseLimits } from '../../../config.ts'
import { maskEmailIda, maskPhoneIda } from '../../../text/mask.ts'
import type {
  AuthType,
  IdAuthPort,
  IdaError,
  OtpAuthRequest,
  OtpAuthResult,
  OtpChannel,
  OtpSendRequest,
  OtpSendResult,
} from '../../id-auth.ts'
import type { ContactTarget, IdentityPort } from '../../identity.ts'
import { hashId, type Keys } from '../../keys.ts'
import { notificationEntries } from '../../notification-outbox.ts'
import type { NotifierPort } from '../../notifier.ts'
import type { Outbox } from '../../outbox.ts'
import type { EmbeddedDatabase as Database } from '../tables.ts'
import { createAuthRecords } from './auth-records.ts'
import { createFailureBudget } from './failure-budget.ts'
import { CHANNEL_AUTH_TYPE, generateOtp, idaErrors, otpHash, sameHash } from './otp-code.ts'
import { createOtpStore } from './otp-store.ts'
import { type SendOutcome, storeOtp } from './send-statement.ts'

export interface EmbeddedIdAuthDeps {
  identity: IdentityPort
  notifier: NotifierPort
  /** Where OTP messages are queued, in the transaction that stores the OTP. */
  outbox: Outbox
  keys: Keys
  otp: Config['otp']
  /** The limits across one individual's OTPs: wrong codes in all, sends per day. */
  abuse: Pick<OtpAbuseLimits, 'failures' | 'sendsPerDay'>
  now?: () => Date
}

/** The outbox kind of the OTP messages this IDA sends (its own, not the resident layer's). */
export const OTP_MESSAGE_KIND = 'ida.otp-message'

const TRANSACTION_ID = /^[0-9]{10}$/
const OTP = /^[0-9]{6}$/
const CHANNELS: readonly OtpChannel[] = ['EMAIL', 'PHONE']
/** PostgreSQL's unique_violation: a fresh random id that exists already. */
const UNIQUE_VIOLATION = '23505'

type Active = { uin: string; idType: string }

/**
 * The embedded ID-authentication service (MOSIP IDA internal OTP + OTP auth) over our database.
 * OTPs are real: generated from the CSPRNG, stored only as a keyed hash, bound to their
 * transaction and purpose, expired, rate-limited per individual (per window and per day) and
 * blocked after too many wrong tries: per OTP, and per individual across all their OTPs.
 */
export function createEmbeddedIdAuth(db: Database, deps: EmbeddedIdAuthDeps): IdAuthPort {
  const { identity, notifier, outbox, keys, otp: limits, abuse } = deps
  const now = deps.now ?? (() => new Date())
  const otps = createOtpStore(db)
  const records = createAuthRecords(db)
  const budget = createFailureBudget(db, abuse.failures)

  /**
   * The UIN behind a UIN, VID or AID; an AID without UIN is not known to IDA. The registry
   * resolves only active identities, so validating an OTP needs no identity record (and its photo).
   */
  async function resolveActive(individualId: string): Promise<Active | null> {
    const resolved = await identity.resolve(individualId)
    return resolved?.uin ? { uin: resolved.uin, idType: resolved.idType } : null
  }

  /**
   * Why an id opens nothing, as IDA says it: a VID that was issued but ran out (revoked,
   * expired, used up, its UIN deactivated) is IDA-MLC-023; anything else is "not available"
   * (IDA-MLC-018), a deactivated UIN included, which says no more about a UIN than MOSIP does.
   */
  async function unknownId(individualId: string): Promise<IdaError> {
    const isVid = /^[0-9]{16}$/.test(individualId)
    if (isVid && (await identity.isLapsedVid?.(individualId))) return idaErrors.lapsedVid()
    return idaErrors.unknownId(isVid ? 'VID' : 'UIN')
  }

  async function sendOtp(request: OtpSendRequest): Promise<OtpSendResult> {
    if (!TRANSACTION_ID.test(request.transactionId)) {
      return { ok: false, error: idaErrors.invalidInput('transactionID') }
    }
    const asked = CHANNELS.filter((c) => request.channels.includes(c))
    // The caller may pass the person it already looked up: one identity lookup per send.
    const person = request.target ?? (await identity.contactsOf(request.individualId))
    if (!person?.uin) return { ok: false, error: await unknownId(request.individualId) }
    const uin = person.uin
    if (asked.length === 0) return { ok: false, error: idaErrors.noChannel() }
    // Locks are rare: first as if none, the statement checking that none of the asked types is
    // locked; found locked (or no channel left without them), the old order of checks decides.
    let choice = chooseChannels(asked, [], person)
    if (!choice.ok) choice = chooseChannels(asked, await records.lockedTypes(uin), person)
    for (let attempt = 0; ; attempt++) {
      if (!choice.ok) return { ok: false, error: choice.error }
      const outcome = await store(request, person, uin, choice.sendTo)
      if (outcome.sent) {
        return {
          ok: true,
          uin,
          maskedEmail:
            choice.sendTo.includes('EMAIL') && person.email ? maskEmailIda(person.email) : null,
          maskedMobile:
            choice.sendTo.includes('PHONE') && person.phone ? maskPhoneIda(person.phone) : null,
          sentTo: choice.sendTo,
          ...(request.alongside ? { wroteAlongside: true } : {}),
        }
      }
      if (outcome.locked.length === 0) return { ok: false, error: idaErrors.tooManyRequests() }
      if (attempt >= 2) return { ok: false, error: idaErrors.locked(outcome.locked) }
      choice = chooseChannels(asked, await records.lockedTypes(uin), person)
    }
  }

  /**
   * Which channels get the OTP, in IDA's order of refusals: all asked locked (MLC-019), none of
   * the open ones registered (MLC-014), nothing to carry the message (OTA-002).
   */
  function chooseChannels(
    asked: OtpChannel[],
    locked: AuthType[],
    person: Pick<ContactTarget, 'email' | 'phone'>,
  ): { ok: true; sendTo: OtpChannel[] } | { ok: false; error: IdaError } {
    const open = asked.filter((c) => !locked.includes(CHANNEL_AUTH_TYPE[c]))
    if (open.length === 0) {
      return { ok: false, error: idaErrors.locked(asked.map((c) => CHANNEL_AUTH_TYPE[c])) }
    }
    const reachable = open.filter((c) => (c === 'EMAIL' ? person.email : person.phone))
    if (reachable.length === 0) return { ok: false, error: idaErrors.notRegistered(open) }
    // A channel nothing can carry (no transport, no mailbox) gets no OTP: nobody would read it.
    const carriers = notifier.deliverable()
    const sendTo = reachable.filter((c) => (c === 'EMAIL' ? carriers.email : carriers.sms))
    if (sendTo.length === 0) return { ok: false, error: idaErrors.sendFailed() }
    return { ok: true, sendTo }
  }

  /**
   * The OTP, its messages and the caller's rows in one statement, unless a limit is reached or
   * one of `sendTo`'s types is locked. A collision of fresh ids (about never) retries once more.
   */
  async function store(
    request: OtpSendRequest,
    person: ContactTarget,
    uin: string,
    sendTo: OtpChannel[],
  ): Promise<SendOutcome> {
    const at = now()
    const uinHash = hashId(keys, uin)
    if (limits.maxSends < 1 || abuse.sendsPerDay < 1) return { sent: false, locked: [] }
    for (let attempt = 0; ; attempt++) {
      const code = generateOtp()
      const id = crypto.randomUUID()
      const expiresAt = new Date(at.getTime() + limits.ttlSeconds * 1000)
      // The message is queued with the OTP: a slow or dead mail server delays it, never this
      // answer; an OTP that outlives its message is dropped with it.
      const messages = notificationEntries(
        {
          topic: 'receive-otp',
          templateType: 'success',
          languages: person.languages,
          to: {
            ...(sendTo.includes('EMAIL') ? { email: person.email } : {}),
            ...(sendTo.includes('PHONE') ? { phone: person.phone } : {}),
          },
          variables: {
            otp: code,
            validMinutes: Math.max(1, Math.floor(limits.ttlSeconds / 60)),
            name: person.fullName,
          },
        },
        { key: `otp:${id}`, expiresAt, kind: OTP_MESSAGE_KIND },
      )
      const rows = [
        ...messages.map((m) => outbox.rowOf(m)),
        ...(request.alongside?.({ uin, sentTo: sendTo }) ?? []),
      ]
      try {
        const outcome = await storeOtp(
          db,
          {
            id,
            uin,
            uinHash,
            transactionId: request.transactionId,
            otpHash: otpHash(keys, request.transactionId, uinHash, code),
            channels: sendTo,
            purpose: request.purpose,
            now: at,
            ttlSeconds: limits.ttlSeconds,
          },
          {
            maxSends: limits.maxSends,
            windowSeconds: limits.sendWindowSeconds,
            maxSendsPerDay: abuse.sendsPerDay,
          },
          {
            lockable: sendTo.map((c) => CHANNEL_AUTH_TYPE[c]),
            rows,
            // Pruning on about one send in 16 keeps the tables bounded at no extra round trip.
            prune: crypto.randomInt(16) === 0,
          },
        )
        if (outcome.sent) outbox.wake(messages)
        return outcome
      } catch (error) {
        if (attempt >= 2 || (error as { code?: string }).code !== UNIQUE_VIOLATION) throw error
      }
    }
  }

  type Outcome = { result: OtpAuthResult; uinHash: string | null; authType: AuthType | null }

  async function check(request: OtpAuthRequest): Promise<Outcome> {
    const fail = (error: IdaError, uinHash: string | null, authType: AuthType | null = null) => ({
      result: { ok: false as const, error },
      uinHash,
      authType,
    })
    const active = await resolveActive(request.individualId)
    if (!active) return fail(await unknownId(request.individualId), null)
    const uinHash = hashId(keys, active.uin)
    if (!TRANSACTION_ID.test(request.transactionId)) {
      return fail(idaErrors.invalidInput('transactionID'), uinHash)
    }
    if (!OTP.test(request.otp)) return fail(idaErrors.invalidInput('otp'), uinHash)

    const stored = await otps.current(uinHash, request.transactionId)
    // An OTP sent for another purpose is, to this check, no OTP of this transaction at all.
    if (!stored || stored.purpose !== request.purpose) {
      return fail(idaErrors.otherTransaction(), uinHash)
    }
    const authType = CHANNEL_AUTH_TYPE[stored.channels[0] ?? 'PHONE']

    const locked = await records.lockedTypes(active.uin)
    const types = stored.channels.map((c) => CHANNEL_AUTH_TYPE[c])
    if (types.every((t) => locked.includes(t))) {
      return fail(idaErrors.locked(types), uinHash, authType)
    }

    const at = now()
    if (stored.expiresAt.getTime() <= at.getTime()) {
      return fail(idaErrors.expired(), uinHash, authType)
    }
    if (stored.usedAt) return fail(idaErrors.invalid(), uinHash, authType)
    if (stored.attempts >= limits.maxAttempts) return fail(idaErrors.blocked(), uinHash, authType)

    // The individual's budget of wrong codes, across all their OTPs: during a wait the code is
    // not compared at all, so a guess made then tells nothing.
    if (crypto.randomInt(64) === 0) await budget.prune(at)
    const wait = await budget.claim(uinHash, at)
    if (wait > 0) return fail(idaErrors.paused(wait), uinHash, authType)

    const given = otpHash(keys, request.transactionId, uinHash, request.otp)
    if (!sameHash(given, stored.otpHash)) {
      await otps.countWrongTry(stored.id, limits.maxAttempts)
      return fail(idaErrors.invalid(), uinHash, authType)
    }
    // A concurrent validation of the same OTP may have won between the read and here.
    if (!(await otps.markUsed(stored.id, at, limits.maxAttempts))) {
      return fail(idaErrors.invalid(), uinHash, authType)
    }
    await budget.succeeded(uinHash)
    if (active.idType === 'VID' && !(await identity.useVid(request.individualId))) {
      return fail(idaErrors.lapsedVid(), uinHash, authType)
    }
    return { result: { ok: true, uin: active.uin, channels: stored.channels }, uinHash, authType }
  }

  return {
    sendOtp,

    async authenticateOtp(request) {
      const { result, uinHash, authType } = await check(request)
      await records.recordAttempt({
        uinHash,
        partnerId: request.partnerId,
        authType,
        transactionId: request.transactionId,
        errorCode: result.ok ? null : result.error.errorCode,
        at: now(),
      })
      return result
    },

    async setAuthTypeLocked(uin, authType, locked) {
      await records.setLocked(uin, authType, locked, now())
    },

    lockedAuthTypes: (uin) => records.lockedTypes(uin),

    authAttempts: (uin, limit) => records.attempts(hashId(keys, uin), limit),
  }
}
