import type { Config } from '../config.ts'
import type { EventStore } from '../events/store.ts'
import { ResidentError } from '../http/error-registry.ts'
import { idTypeOf } from '../ids/id-rules.ts'
import type { AuditPort } from '../platform/audit.ts'
import type { IdAuthPort, OtpChannel } from '../platform/id-auth.ts'
import type { IdentityPort, IdType } from '../platform/identity.ts'
import { hashId, type Keys } from '../platform/keys.ts'
import { idaPassThrough, residentOtpError } from './ida-errors.ts'

/** The partner id under which the resident service asks IDA (MOSIP `mpartner-default-resident`). */
export const RESIDENT_PARTNER_ID = 'mpartner-default-resident'

export interface OtpDeps {
  identity: IdentityPort
  idAuth: IdAuthPort
  events: EventStore
  audit: AuditPort
  keys: Keys
  config: Config
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

/**
 * Sending and checking OTPs for the public OTP flows (Get my UIN, verify a contact): IDA does
 * the OTP itself; this records the resident event and the audit entry around it.
 */
export function createOtpService(deps: OtpDeps) {
  const { identity, idAuth, events, audit, keys } = deps

  return {
    /** Sends an OTP; errors are IDA's (the IDA-style routes pass them through). */
    async send(input: {
      individualId: string
      transactionId: string
      channels: OtpChannel[]
      clientIp: string | null
      refIdFor?: (uin: string, tokenId: string) => Promise<string | null>
    }): Promise<OtpSent> {
      const resolved = await identity.resolve(input.individualId)
      // An AID whose UIN is not generated yet has nobody to send to (MOSIP RES-SER-449).
      if (resolved?.idType === 'AID' && !resolved.uin) throw new ResidentError('RES-SER-449')
      const result = await idAuth.sendOtp({
        individualId: input.individualId,
        transactionId: input.transactionId,
        channels: input.channels,
        partnerId: RESIDENT_PARTNER_ID,
      })
      const tokenId = resolved?.uin ? hashId(keys, resolved.uin) : null
      if (!result.ok || !resolved?.uin || !tokenId) {
        const error = result.ok ? new ResidentError('IDA-MLC-018') : idaPassThrough(result.error)
        await audit.record({
          action: 'OTP_SEND',
          result: 'FAILURE',
          idHash: tokenId,
          errorCode: error.code,
          clientIp: input.clientIp,
        })
        throw error
      }
      const refId = input.refIdFor ? await input.refIdFor(resolved.uin, tokenId) : null
      const eventId = await events.otpRequested(tokenId, {
        transactionId: input.transactionId,
        channels: result.sentTo,
        idType: resolved.idType,
        refId,
      })
      await audit.record({
        action: 'OTP_SEND',
        result: 'SUCCESS',
        idHash: tokenId,
        eventId,
        clientIp: input.clientIp,
        detail: { channels: result.sentTo.join(',') },
      })
      return { maskedEmail: result.maskedEmail, maskedMobile: result.maskedMobile, eventId }
    },

    /** Checks an OTP; errors are the resident service's RES-OTP codes. */
    async authenticate(input: {
      individualId: string
      transactionId: string
      otp: string
      clientIp: string | null
      action: string
    }): Promise<OtpAuthenticated> {
      const result = await idAuth.authenticateOtp({
        individualId: input.individualId,
        transactionId: input.transactionId,
        otp: input.otp,
        partnerId: RESIDENT_PARTNER_ID,
      })
      if (result.ok) {
        // IDA accepted the id, so its form says its type: no second lookup on the hot path (and
        // a one-time VID that this very authentication used up still counts as the VID it was).
        return {
          uin: result.uin,
          tokenId: hashId(keys, result.uin),
          idType: idTypeOf(input.individualId) ?? 'UIN',
          channels: result.channels,
        }
      }
      const resolved = await identity.resolve(input.individualId)
      const locked =
        result.error.errorCode === 'IDA-MLC-019' && resolved?.uin
          ? await idAuth.lockedAuthTypes(resolved.uin)
          : []
      const error = residentOtpError(result.error, locked)
      await audit.record({
        action: input.action,
        result: 'FAILURE',
        idHash: resolved?.uin ? hashId(keys, resolved.uin) : null,
        errorCode: error.code,
        clientIp: input.clientIp,
      })
      throw error
    },
  }
}

export type OtpService = ReturnType<typeof createOtpService>
