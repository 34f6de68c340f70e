import type { EventStore } from '../../events/store.ts'
import { contactRef } from '../../events/store.ts'
import { ResidentError } from '../../http/error-registry.ts'
import type { OtpService } from '../../otp/otp-service.ts'
import type { AuditPort } from '../../platform/audit.ts'
import type { OtpChannel } from '../../platform/id-auth.ts'
import type { Identity, IdentityPort } from '../../platform/identity.ts'
import { hashId, type Keys } from '../../platform/keys.ts'
import type { NotifierPort } from '../../platform/notifier.ts'
import { maskEmail, maskPhone } from '../../text/mask.ts'

export interface VerifyContactDeps {
  keys: Keys
  identity: IdentityPort
  notifier: NotifierPort
  audit: AuditPort
  events: EventStore
  otp: OtpService
}

const contactOf = (person: Identity, channel: OtpChannel) =>
  channel === 'EMAIL' ? person.email : person.phone

/** Verify my phone number / email: status, OTP to that one channel, and the verification. */
export function createVerifyContactService(deps: VerifyContactDeps) {
  const { keys, identity, events, otp } = deps

  /** The keyed reference of the resident's current contact on that channel, if there is one. */
  function refOf(person: Identity, tokenId: string, channel: OtpChannel): string | null {
    const contact = contactOf(person, channel)
    return contact ? contactRef(keys, tokenId, channel, contact) : null
  }

  return {
    /**
     * MOSIP's public verification status. Only UIN and VID are accepted; an unknown id answers
     * exactly like a malformed one, and the contact is shown only in MOSIP's masked form.
     */
    async status(individualId: string, channel: OtpChannel, clientIp: string | null) {
      const resolved = await identity.resolve(individualId)
      const person =
        resolved?.uin && resolved.idType !== 'AID' ? await identity.identity(resolved.uin) : null
      const tokenId = person ? hashId(keys, person.uin) : null
      await deps.audit.record({
        action: 'CHANNEL_STATUS',
        result: person ? 'SUCCESS' : 'FAILURE',
        idHash: tokenId,
        errorCode: person ? null : 'RES-SER-410',
        clientIp,
        detail: { channel },
      })
      if (!person || !tokenId) throw new ResidentError('RES-SER-410', 'individualId')
      const contact = contactOf(person, channel)
      const ref = refOf(person, tokenId, channel)
      return {
        verificationStatus: ref ? await events.isVerified(tokenId, ref) : false,
        maskedUserId: contact
          ? channel === 'EMAIL'
            ? maskEmail(contact)
            : maskPhone(contact)
          : null,
      }
    },

    sendOtp(input: {
      individualId: string
      transactionId: string
      channels: OtpChannel[]
      clientIp: string | null
    }) {
      return otp.send({
        ...input,
        refIdFor: async (uin, tokenId) => {
          const [channel] = input.channels
          if (input.channels.length !== 1 || !channel) return null
          const person = await identity.identity(uin)
          return person ? refOf(person, tokenId, channel) : null
        },
      })
    },

    /** Checks the OTP; a one-channel OTP marks that contact verified (MOSIP VALIDATE_OTP). */
    async validate(input: {
      individualId: string
      transactionId: string
      otp: string
      clientIp: string | null
    }) {
      const who = await otp.authenticate({ ...input, action: 'VERIFY_CONTACT' })
      const person = await identity.identity(who.uin)
      const [channel] = who.channels
      const ref =
        person && who.channels.length === 1 && channel ? refOf(person, who.tokenId, channel) : null
      const eventId = await events.otpUsed(who.tokenId, input.transactionId, {
        type: 'VALIDATE_OTP',
        status: 'OTP_VERIFIED',
        refId: ref,
        idType: who.idType,
      })
      await deps.audit.record({
        action: 'VERIFY_CONTACT',
        result: 'SUCCESS',
        idHash: who.tokenId,
        eventId,
        clientIp: input.clientIp,
        detail: { channels: who.channels.join(',') },
      })
      if (person) {
        await deps.notifier.send({
          topic: 'verify-my-phone-email',
          templateType: 'success',
          languages: person.languages.slice(0, 2),
          to: channel === 'EMAIL' ? { email: person.email } : { phone: person.phone },
          variables: { name: person.fullName, eventId, channel, when: new Date() },
        })
      }
      return { eventId }
    },
  }
}

export type VerifyContactService = ReturnType<typeof createVerifyContactService>
