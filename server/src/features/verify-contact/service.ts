import type { OtpChannel } from '../../platform/id-auth.ts'
import type { ContactTarget } from '../../platform/identity.ts'
import type { FeatureContext } from '../../resident/context.ts'
import { ResidentError } from '../../resident/errors.ts'
import { contactRef } from '../../resident/events/store.ts'
import type { OtpSendInput, OtpSent } from '../../resident/otp/otp-service.ts'
import { maskEmail, maskPhone } from '../../text/mask.ts'

type Contacts = Pick<ContactTarget, 'email' | 'phone'>

const contactOf = (person: Contacts, channel: OtpChannel) =>
  channel === 'EMAIL' ? person.email : person.phone

export interface VerifyContactService {
  /**
   * MOSIP's public verification status. Only UIN and VID are accepted; an unknown id answers
   * exactly like a malformed one, and the contact is shown only in MOSIP's masked form.
   */
  status(
    individualId: string,
    channel: OtpChannel,
    clientIp: string | null,
  ): Promise<{ verificationStatus: boolean; maskedUserId: string | null }>
  sendOtp(input: Omit<OtpSendInput, 'refIdFor' | 'purpose'>): Promise<OtpSent>
  /** Checks the OTP; a one-channel OTP marks that contact verified (MOSIP VALIDATE_OTP). */
  validate(input: {
    individualId: string
    transactionId: string
    otp: string
    clientIp: string | null
  }): Promise<{ eventId: string }>
}

/** Verify my phone number / email: status, OTP to that one channel, and the verification. */
export function createVerifyContactService({
  platform,
  resident,
}: Pick<FeatureContext, 'platform' | 'resident'>): VerifyContactService {
  const { keys, identity, audit } = platform
  const { events, otp } = resident

  /** The keyed reference of the resident's current contact on that channel, if there is one. */
  function refOf(person: Contacts, tokenId: string, channel: OtpChannel): string | null {
    const contact = contactOf(person, channel)
    return contact ? contactRef(keys, tokenId, channel, contact) : null
  }

  return {
    async status(individualId, channel, clientIp) {
      // Contacts only: one lookup, never the photo.
      const person = await identity.contactsOf(individualId)
      const tokenId = person?.uin && person.idType !== 'AID' ? resident.tokenOf(person.uin) : null
      await audit.record({
        action: 'CHANNEL_STATUS',
        result: tokenId ? 'SUCCESS' : 'FAILURE',
        idHash: tokenId,
        errorCode: tokenId ? null : 'RES-SER-522',
        clientIp,
        detail: { channel },
      })
      // Never issued, deactivated or an AID: the answer for an id that is not a UIN/VID at all.
      if (!person || !tokenId) throw new ResidentError('RES-SER-522')
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

    sendOtp(input) {
      const [channel] = input.channels
      return otp.send({
        ...input,
        // Its codes verify a contact only (never download a card or log in).
        purpose: 'verify-contact',
        // The person the OTP service looked up: no second lookup for the contact's reference.
        refIdFor: (person, tokenId) =>
          input.channels.length === 1 && channel ? refOf(person, tokenId, channel) : null,
      })
    },

    async validate(input) {
      const who = await otp.authenticate({
        ...input,
        purpose: 'verify-contact',
        action: 'VERIFY_CONTACT',
        failures: 'RES-SER-422',
      })
      const person = await identity.contactsOf(who.uin)
      const [channel] = who.channels
      const ref =
        person && who.channels.length === 1 && channel ? refOf(person, who.tokenId, channel) : null
      // The verification and its notification commit together; the message goes out after.
      const eventId = await resident.transaction(async (unit) => {
        const eventId = await unit.events.otpUsed(who.tokenId, input.transactionId, {
          type: 'VALIDATE_OTP',
          status: 'OTP_VERIFIED',
          refId: ref,
          idType: who.idType,
        })
        if (person && channel) {
          await unit.notify(
            {
              topic: 'verify-my-phone-email',
              templateType: 'success',
              languages: person.languages.slice(0, 2),
              to: channel === 'EMAIL' ? { email: person.email } : { phone: person.phone },
              variables: { name: person.fullName, eventId, channel, when: new Date() },
            },
            `event:${eventId}:verified`,
          )
        }
        return eventId
      })
      await audit.record({
        action: 'VERIFY_CONTACT',
        result: 'SUCCESS',
        idHash: who.tokenId,
        eventId,
        clientIp: input.clientIp,
        detail: { channels: who.channels.join(',') },
      })
      return { eventId }
    },
  }
}
