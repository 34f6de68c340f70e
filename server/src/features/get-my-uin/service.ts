import { lazily } from '../../pdf/lazy.ts'
import type { ApplicationStatus } from '../../platform/identity.ts'
import type { FeatureContext } from '../../resident/context.ts'
import { ResidentError } from '../../resident/errors.ts'
import type { OtpSendInput, OtpSent } from '../../resident/otp/otp-service.ts'

const cards = lazily(() => import('../../cards/index.ts'))

const cardReady = (app: ApplicationStatus | null) =>
  app?.stage === 'CARD_READY_TO_DOWNLOAD' && app.status === 'SUCCESS'

/**
 * The application an authenticated id stands for: an AID's own, else the latest of the UIN the
 * OTP check resolved. Never the VID again: authenticating spent one of its uses, and the last
 * use leaves a VID that resolves to nothing, which read as "card not ready" (RES-SER-509).
 */
const applicationOf = (who: { uin: string; idType: string }, individualId: string) =>
  who.idType === 'AID' ? individualId : who.uin

export interface GetMyUinService {
  /** The stage of an application (AID), or of the latest one behind a UIN/VID. */
  stage(individualId: string, clientIp: string | null): Promise<ApplicationStatus>
  sendOtp(input: Omit<OtpSendInput, 'purpose'>): Promise<OtpSent>
  /** Checks the OTP, then renders the card; the OTP's SEND_OTP event becomes GET_MY_ID. */
  downloadCard(input: {
    individualId: string
    transactionId: string
    otp: string
    clientIp: string | null
    timeZoneOffset: number
  }): Promise<{ pdf: Uint8Array; eventId: string; generatedAt: Date }>
  /** MOSIP `/aid/status`: the packet status of an OTP-verified id. */
  aidStatus(input: {
    individualId: string
    transactionId: string
    otp: string
    clientIp: string | null
  }): Promise<{
    individualId: string
    individualIdType: string
    transactionId: string
    aidStatus: string
  }>
}

/** Get my UIN: application stage, OTP to the registered contacts, and the UIN card. */
export function createGetMyUinService({
  config,
  platform,
  resident,
}: Pick<FeatureContext, 'config' | 'platform' | 'resident'>): GetMyUinService {
  const { identity, audit } = platform
  const { otp } = resident
  const deploymentLanguages = [...config.languages.mandatory, ...config.languages.optional]

  return {
    async stage(individualId, clientIp) {
      const application = await identity.application(individualId)
      const idHash = application?.uin ? resident.tokenOf(application.uin) : null
      await audit.record({
        action: 'AID_STAGE',
        result: application ? 'SUCCESS' : 'FAILURE',
        idHash,
        errorCode: application ? null : 'RES-SER-456',
        clientIp,
      })
      if (!application) throw new ResidentError('RES-SER-456')
      return application
    },

    // Its codes open the card and the AID status only (never a contact verification).
    sendOtp: (input) => otp.send({ ...input, purpose: 'get-my-uin' }),

    async downloadCard(input) {
      const who = await otp.authenticate({
        individualId: input.individualId,
        transactionId: input.transactionId,
        otp: input.otp,
        purpose: 'get-my-uin',
        clientIp: input.clientIp,
        action: 'GET_MY_UIN_CARD',
        failures: 'RES-OTP',
      })
      const [application, person] = await Promise.all([
        identity.application(applicationOf(who, input.individualId)),
        identity.identity(who.uin),
      ])
      if (!cardReady(application) || !person) {
        await audit.record({
          action: 'GET_MY_UIN_CARD',
          result: 'FAILURE',
          idHash: who.tokenId,
          errorCode: 'RES-SER-509',
          clientIp: input.clientIp,
        })
        throw new ResidentError('RES-SER-509')
      }
      const { renderUinCard, cardPassword, cardLanguages } = await cards()
      const metadata = await platform.masterdata.languages()
      const now = new Date()
      const pdf = await renderUinCard({
        identity: person,
        languages: cardLanguages(person.languages, deploymentLanguages, metadata),
        timeZoneOffset: input.timeZoneOffset,
        keys: platform.keys,
        issuer: config.publicUrl,
        now,
        password: cardPassword(person, config.languages.mandatory[0] ?? 'eng'),
      })
      // The event and its notification commit together; the mail goes out after, by a job.
      const eventId = await resident.transaction(async (unit) => {
        const eventId = await unit.events.otpUsed(who.tokenId, input.transactionId, {
          type: 'GET_MY_ID',
          status: 'CARD_DOWNLOADED',
          idType: who.idType,
        })
        await unit.notify(
          {
            topic: 'get-my-uin-card',
            templateType: 'success',
            languages: person.languages.slice(0, 2),
            to: { email: person.email, phone: person.phone },
            variables: { name: person.fullName, eventId, when: now },
          },
          `event:${eventId}:card-downloaded`,
        )
        return eventId
      })
      await audit.record({
        action: 'GET_MY_UIN_CARD',
        result: 'SUCCESS',
        idHash: who.tokenId,
        eventId,
        clientIp: input.clientIp,
      })
      return { pdf, eventId, generatedAt: now }
    },

    async aidStatus(input) {
      const who = await otp.authenticate({
        ...input,
        purpose: 'get-my-uin',
        action: 'AID_STATUS',
        failures: 'RES-SER-422',
      })
      const application = await identity.application(applicationOf(who, input.individualId))
      await audit.record({
        action: 'AID_STATUS',
        result: 'SUCCESS',
        idHash: who.tokenId,
        clientIp: input.clientIp,
      })
      return {
        individualId: input.individualId,
        individualIdType: who.idType,
        transactionId: input.transactionId,
        // MOSIP answers PROCESSED once the id resolves to an identity.
        aidStatus: application?.packetStatus ?? 'PROCESSED',
      }
    },
  }
}
