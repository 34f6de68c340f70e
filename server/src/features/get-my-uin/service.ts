import type { Config } from '../../config.ts'
import type { EventStore } from '../../events/store.ts'
import { ResidentError } from '../../http/error-registry.ts'
import type { OtpService } from '../../otp/otp-service.ts'
import type { AuditPort } from '../../platform/audit.ts'
import type { ApplicationStatus, IdentityPort } from '../../platform/identity.ts'
import { hashId, type Keys } from '../../platform/keys.ts'
import type { MasterdataPort } from '../../platform/masterdata.ts'
import type { NotifierPort } from '../../platform/notifier.ts'

export interface GetMyUinDeps {
  config: Config
  keys: Keys
  identity: IdentityPort
  masterdata: MasterdataPort
  notifier: NotifierPort
  audit: AuditPort
  events: EventStore
  otp: OtpService
}

// The PDF engine (pdfkit, HarfBuzz, fonts) loads with the first card, not at start-up.
const cards = () =>
  Promise.all([
    import('../../cards/uin-card-pdf.ts'),
    import('../../cards/password.ts'),
    import('../../cards/card-format.ts'),
  ])

const cardReady = (app: ApplicationStatus | null) =>
  app?.stage === 'CARD_READY_TO_DOWNLOAD' && app.status === 'SUCCESS'

/** Get my UIN: application stage, OTP to the registered contacts, and the UIN card. */
export function createGetMyUinService(deps: GetMyUinDeps) {
  const { config, identity, events, audit, otp } = deps
  const deploymentLanguages = [...config.languages.mandatory, ...config.languages.optional]

  return {
    async stage(individualId: string, clientIp: string | null): Promise<ApplicationStatus> {
      const application = await identity.application(individualId)
      const idHash = application?.uin ? hashId(deps.keys, application.uin) : null
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

    sendOtp: otp.send,

    /** Checks the OTP, then renders the card; the OTP's SEND_OTP event becomes GET_MY_ID. */
    async downloadCard(input: {
      individualId: string
      transactionId: string
      otp: string
      clientIp: string | null
      timeZoneOffset: number
    }): Promise<{ pdf: Buffer; eventId: string }> {
      const who = await otp.authenticate({
        individualId: input.individualId,
        transactionId: input.transactionId,
        otp: input.otp,
        clientIp: input.clientIp,
        action: 'GET_MY_UIN_CARD',
      })
      const [application, person] = await Promise.all([
        identity.application(input.individualId),
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
      const [{ renderUinCard }, { cardPassword }, { cardLanguages }] = await cards()
      const metadata = await deps.masterdata.languages()
      const now = new Date()
      const pdf = await renderUinCard({
        identity: person,
        languages: cardLanguages(person.languages, deploymentLanguages, metadata),
        timeZoneOffset: input.timeZoneOffset,
        keys: deps.keys,
        issuer: config.publicUrl,
        now,
        password: cardPassword(person, config.languages.mandatory[0] ?? 'eng'),
      })
      const eventId = await events.otpUsed(who.tokenId, input.transactionId, {
        type: 'GET_MY_ID',
        status: 'CARD_DOWNLOADED',
        idType: who.idType,
      })
      await audit.record({
        action: 'GET_MY_UIN_CARD',
        result: 'SUCCESS',
        idHash: who.tokenId,
        eventId,
        clientIp: input.clientIp,
      })
      await deps.notifier.send({
        topic: 'get-my-uin-card',
        templateType: 'success',
        languages: person.languages.slice(0, 2),
        to: { email: person.email, phone: person.phone },
        variables: { name: person.fullName, eventId, when: now },
      })
      return { pdf, eventId }
    },

    /** MOSIP `/aid/status`: the packet status of an OTP-verified id. */
    async aidStatus(input: {
      individualId: string
      transactionId: string
      otp: string
      clientIp: string | null
    }) {
      const who = await otp.authenticate({ ...input, action: 'AID_STATUS' })
      const application = await identity.application(input.individualId)
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

export type GetMyUinService = ReturnType<typeof createGetMyUinService>
