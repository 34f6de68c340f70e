import type { Config } from '../../config.ts'
import { idTypeOf } from '../../ids/id-rules.ts'
import type { AuditPort, AuditRecord } from '../../platform/audit.ts'
import type { IdAuthPort, OtpChannel, OtpPurpose } from '../../platform/id-auth.ts'
import type { ContactTarget, IdentityPort, IdType } from '../../platform/identity.ts'
import { ResidentError } from '../errors.ts'
import type { EventStore } from '../events/store.ts'
import { idaPassThrough, otpValidationFailed, residentOtpError } from './ida-errors.ts'

/** The partner id under which the resident service asks IDA (MOSIP `mpartner-default-resident`). */
export const RESIDENT_PARTNER_ID = 'mpartner-default-resident'

export interface OtpDeps {
  identity: IdentityPort
  idAuth: IdAuthPort
  events: EventStore
  audit: AuditPort
  config: Config
  tokenOf(uin: string): string
}

export interface OtpSent {
  maskedEmail: string | null
  maskedMobile: string | null
  eventId: string
}

export interface OtpAuthenticated {
  uin: string
  tokenId: string
  idType: IdType
  channels: OtpChannel[]
}

export interface OtpSendInput {
  individualId: string
  transactionId: string
  channels: OtpChannel[]
  /** What the OTP is for: only a check with the same purpose accepts it. */
  purpose: OtpPurpose
  clientIp: string | null
  /** The event's `ref_id`, from the person already looked up (verify: the contact's hash). */
  refIdFor?: (person: ContactTarget & { uin: string }, tokenId: string) => string | null
}

export interface OtpCheckInput {
  individualId: string
  transactionId: string
  otp: string
  /** What the check is for; an OTP sent for another purpose fails as another transaction's. */
  purpose: OtpPurpose
  clientIp: string | null
  /** The audit action a failure is recorded under. */
  action: string
  /**
   * How a failure is answered: `/download-card`'s RES-OTP codes, or RES-SER-422 with IDA's
   * message (`/validate-otp`, `/aid/status`), as MOSIP answers on each path.
   */
  failures: 'RES-OTP' | 'RES-SER-422'
}

/**
 * Sending and checking OTPs for the public OTP flows (Get my UIN, verify a contact): IDA does
 * the OTP itself; this records the resident event and the audit entry around it.
 */
export interface OtpService {
  /** Sends an OTP; errors are IDA's (the IDA-style routes pass them through). */
  send(input: OtpSendInput): Promise<OtpSent>
  /** Checks an OTP; errors as `input.failures` says. */
  authenticate(input: OtpCheckInput): Promise<OtpAuthenticated>
}

export function createOtpService(deps: OtpDeps): OtpService {
  const { identity, idAuth, events, audit, tokenOf } = deps

  async function refuse(error: ResidentError, tokenId: string | null, clientIp: string | null) {
    await audit.record({
      action: 'OTP_SEND',
      result: 'FAILURE',
      idHash: tokenId,
      errorCode: error.code,
      clientIp,
    })
    return error
  }

  return {
    async send(input) {
      // One lookup, no photo: the person is passed down to IDA and to the event's reference.
      const person = await identity.contactsOf(input.individualId)
      // An AID whose UIN is not generated yet has nobody to send to (MOSIP RES-SER-449).
      if (person?.idType === 'AID' && !person.uin) {
        throw await refuse(new ResidentError('RES-SER-449'), null, input.clientIp)
      }
      const uin = person?.uin ?? null
      const tokenId = uin ? tokenOf(uin) : null
      const recordOf = (sentTo: OtpChannel[]) => {
        if (!person || !uin || !tokenId) throw new Error('no person to record a send for')
        const event = {
          transactionId: input.transactionId,
          channels: sentTo,
          idType: person.idType,
          refId: input.refIdFor ? input.refIdFor({ ...person, uin }, tokenId) : null,
        }
        const entry = (eventId: string): AuditRecord => ({
          action: 'OTP_SEND',
          result: 'SUCCESS',
          idHash: tokenId,
          eventId,
          clientIp: input.clientIp,
          detail: { channels: sentTo.join(',') },
        })
        return { tokenId, event, entry }
      }
      // The event and the audit entry of a successful send, as rows IDA may write with the OTP
      // (one statement for all of it); a remote IDA or audit does not, and they follow it.
      let rowsEventId: string | null = null
      const auditRow = audit.rowOf
      const alongside =
        uin && auditRow
          ? (sent: { sentTo: OtpChannel[] }) => {
              const { event, entry } = recordOf(sent.sentTo)
              const written = events.otpRequestedRow(tokenId ?? '', event)
              rowsEventId = written.eventId
              return [written.row, auditRow(entry(written.eventId))]
            }
          : undefined
      const result = await idAuth.sendOtp({
        individualId: input.individualId,
        transactionId: input.transactionId,
        channels: input.channels,
        purpose: input.purpose,
        partnerId: RESIDENT_PARTNER_ID,
        ...(person ? { target: person } : {}),
        ...(alongside ? { alongside } : {}),
      })
      if (!result.ok || !uin) {
        const error = result.ok ? new ResidentError('IDA-MLC-018') : idaPassThrough(result.error)
        throw await refuse(error, tokenId, input.clientIp)
      }
      const masked = { maskedEmail: result.maskedEmail, maskedMobile: result.maskedMobile }
      if (result.wroteAlongside && rowsEventId) return { ...masked, eventId: rowsEventId }
      const { event, entry } = recordOf(result.sentTo)
      const eventId = await events.otpRequested(tokenOf(uin), event)
      await audit.record(entry(eventId))
      return { ...masked, eventId }
    },

    async authenticate(input) {
      const result = await idAuth.authenticateOtp({
        individualId: input.individualId,
        transactionId: input.transactionId,
        otp: input.otp,
        purpose: input.purpose,
        partnerId: RESIDENT_PARTNER_ID,
      })
      if (result.ok) {
        // IDA accepted the id, so its form says its type: no second lookup on the hot path (and
        // a one-time VID that this very authentication used up still counts as the VID it was).
        return {
          uin: result.uin,
          tokenId: tokenOf(result.uin),
          idType: idTypeOf(input.individualId) ?? 'UIN',
          channels: result.channels,
        }
      }
      const resolved = await identity.resolve(input.individualId)
      const locked =
        input.failures === 'RES-OTP' && result.error.errorCode === 'IDA-MLC-019' && resolved?.uin
          ? await idAuth.lockedAuthTypes(resolved.uin)
          : []
      const error =
        input.failures === 'RES-OTP'
          ? residentOtpError(result.error, locked)
          : otpValidationFailed(result.error)
      await audit.record({
        action: input.action,
        result: 'FAILURE',
        idHash: resolved?.uin ? tokenOf(resolved.uin) : null,
        errorCode: error.code,
        clientIp: input.clientIp,
      })
      throw error
    },
  }
}
