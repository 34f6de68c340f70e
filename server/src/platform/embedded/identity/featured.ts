import type { AuthType } from '../../id-auth.ts'
import type { ApplicationStage, ApplicationStageStatus } from '../../identity.ts'
import type { DemoLang } from '../demo-country/text.ts'
import type { IdentityStatus, VidStatus, VidType } from './tables.ts'

/**
 * The demo residents the README and the browser tests name: literal ids (valid by MOSIP's
 * rules; a test checks each), the same whatever the seed. Their photo, birth date and address
 * come from the seed like every other resident's.
 */

export type FeaturedRole =
  | 'card-ready-eng'
  | 'card-ready-fra'
  | 'card-ready-ara'
  | 'card-ready-hin'
  | 'card-ready-kan'
  | 'card-ready-tam'
  | 'card-ready-spa'
  | 'in-progress-request-received'
  | 'in-progress-validation'
  | 'in-progress-verification'
  | 'in-progress-uin-generation'
  | 'application-failed'
  | 'email-only'
  | 'phone-only'
  | 'no-contact'
  | 'otp-email-locked'
  | 'otp-email-phone-locked'
  | 'uin-deactivated'
  | 'vid-revoked'
  | 'vid-temporary'
  | 'vid-one-time'

export interface FeaturedVid {
  vid: string
  type: VidType
  status: VidStatus
}

export interface FeaturedApplication {
  aid: string
  stage: ApplicationStage
  status: ApplicationStageStatus
  packetStatus: string
  failureReason: string | null
}

export interface FeaturedResident {
  role: FeaturedRole
  /** One line for the README's table of demo identities. */
  description: string
  /** Given and family name in Latin script, keys of the demo spelling tables; null without UIN. */
  name: { given: string; family: string } | null
  /** null while the application has not reached UIN generation (or failed before it). */
  uin: string | null
  identityStatus: IdentityStatus | null
  /** First preferred. */
  languages: DemoLang[]
  email: string | null
  phone: string | null
  /** The VID worth trying for this role (null when there is none). */
  vid: FeaturedVid | null
  /** Further VIDs of the same UIN (a replacement for a revoked one, a Perpetual beside others). */
  otherVids: FeaturedVid[]
  application: FeaturedApplication
  /** Authentication types the ID-auth seed locks for this UIN ("Secure my ID"). */
  lockedAuthTypes: AuthType[]
}

const perpetual = (vid: string): FeaturedVid => ({ vid, type: 'Perpetual', status: 'ACTIVE' })

const cardReady = (aid: string): FeaturedApplication => ({
  aid,
  stage: 'CARD_READY_TO_DOWNLOAD',
  status: 'SUCCESS',
  packetStatus: 'PROCESSED',
  failureReason: null,
})

const inProgress = (
  aid: string,
  stage: ApplicationStage,
  packetStatus: string,
): FeaturedApplication => ({ aid, stage, status: 'IN-PROGRESS', packetStatus, failureReason: null })

/** A resident with a UIN, a card ready to download and the usual contact details. */
function issued(
  role: FeaturedRole,
  description: string,
  given: string,
  family: string,
  ids: { uin: string; vid: string; aid: string },
  languages: DemoLang[],
  contact: { email: string | null; phone: string | null },
  extra: Partial<FeaturedResident> = {},
): FeaturedResident {
  return {
    role,
    description,
    name: { given, family },
    uin: ids.uin,
    identityStatus: 'ACTIVATED',
    languages,
    ...contact,
    vid: perpetual(ids.vid),
    otherVids: [],
    application: cardReady(ids.aid),
    lockedAuthTypes: [],
    ...extra,
  }
}

/** An application still with the registration processor: an AID and no UIN yet. */
function pending(
  role: FeaturedRole,
  description: string,
  application: FeaturedApplication,
  languages: DemoLang[],
): FeaturedResident {
  return {
    role,
    description,
    name: null,
    uin: null,
    identityStatus: null,
    languages,
    email: null,
    phone: null,
    vid: null,
    otherVids: [],
    application,
    lockedAuthTypes: [],
  }
}

export const FEATURED_RESIDENTS: readonly FeaturedResident[] = [
  issued(
    'card-ready-eng',
    'Card ready; reads English first',
    'Ravi',
    'Nair',
    { uin: '8743179037', vid: '3204581389015298', aid: '10021100120057820260203091427' },
    ['eng', 'fra'],
    { email: 'ravi.nair.1@example.org', phone: '8382166864' },
  ),
  issued(
    'card-ready-fra',
    'Card ready; reads French first',
    'Françoise',
    'Lefèvre',
    { uin: '6276325103', vid: '4938169085713517', aid: '10008100400185720260217104105' },
    ['fra', 'eng'],
    { email: 'francoise.lefevre.2@example.org', phone: '8848394926' },
  ),
  issued(
    'card-ready-ara',
    'Card ready; reads Arabic first (right to left)',
    'Karim',
    'Haddad',
    { uin: '4374124583', vid: '6297423965263851', aid: '10005100380165720260309082251' },
    ['ara', 'eng'],
    { email: 'karim.haddad.3@example.org', phone: '8085711851' },
  ),
  issued(
    'card-ready-hin',
    'Card ready; reads Hindi first',
    'Priya',
    'Sharma',
    { uin: '3582130537', vid: '3254890756208102', aid: '10028100400294720260326130538' },
    ['hin', 'eng'],
    { email: 'priya.sharma.4@example.org', phone: '7047251862' },
  ),
  issued(
    'card-ready-kan',
    'Card ready; reads Kannada first',
    'Suresh',
    'Gowda',
    { uin: '2761258342', vid: '3684679617419349', aid: '10024100340190220260414114812' },
    ['kan', 'eng'],
    { email: 'suresh.gowda.5@example.org', phone: '6544105046' },
  ),
  issued(
    'card-ready-tam',
    'Card ready; reads Tamil first',
    'Lakshmi',
    'Krishnan',
    { uin: '3791034963', vid: '3028613206721682', aid: '10001100210200820260506093744' },
    ['tam', 'eng'],
    { email: 'lakshmi.krishnan.6@example.org', phone: '6062322219' },
  ),
  issued(
    'card-ready-spa',
    'Card ready; reads Spanish first',
    'Andrés',
    'Peña',
    { uin: '4670340163', vid: '4290173278308625', aid: '10020100260202520260528141903' },
    ['spa', 'eng'],
    { email: 'andres.pena.7@example.org', phone: '7942594343' },
  ),
  pending(
    'in-progress-request-received',
    'Application received by the registration processor; no UIN yet',
    inProgress('10020100160230020261126150219', 'REQUEST_RECEIVED', 'RECEIVED'),
    ['eng'],
  ),
  pending(
    'in-progress-validation',
    'Application at the validation stage; no UIN yet',
    inProgress('10005100500184120261124102647', 'VALIDATION_STAGE', 'PROCESSING'),
    ['fra', 'eng'],
  ),
  pending(
    'in-progress-verification',
    'Application at the verification stage; no UIN yet',
    inProgress('10021100440063520261120125133', 'VERIFICATION_STAGE', 'PROCESSING'),
    ['hin', 'eng'],
  ),
  pending(
    'in-progress-uin-generation',
    'Application at UIN generation; no UIN yet',
    inProgress('10016100450062120261117090856', 'UIN_GENERATION_STAGE', 'PROCESSING'),
    ['ara', 'eng'],
  ),
  pending(
    'application-failed',
    'Application rejected at validation (a document was rejected); no UIN',
    {
      aid: '10007100340206320261012163321',
      stage: 'VALIDATION_STAGE',
      status: 'FAILURE',
      packetStatus: 'REJECTED',
      failureReason: 'DOCUMENT_REJECTED',
    },
    ['spa', 'eng'],
  ),
  issued(
    'email-only',
    'Card ready; email registered, no phone',
    'Nadia',
    'Rao',
    { uin: '3241039612', vid: '8028749209147196', aid: '10024100490231320260611101240' },
    ['eng', 'ara'],
    { email: 'nadia.rao.13@example.org', phone: null },
  ),
  issued(
    'phone-only',
    'Card ready; phone registered, no email',
    'Arjun',
    'Iyer',
    { uin: '5894709157', vid: '3480693267908375', aid: '10025100330030820260623115516' },
    ['eng', 'hin'],
    { email: null, phone: '9513877064' },
  ),
  issued(
    'no-contact',
    'Card ready; neither email nor phone registered, so no OTP can be sent',
    'Amina',
    'Benali',
    { uin: '6273085720', vid: '4614283154869450', aid: '10006100220240320260702094329' },
    ['fra', 'ara'],
    { email: null, phone: null },
  ),
  issued(
    'otp-email-locked',
    'Card ready; email OTP locked in Secure my ID (phone OTP works)',
    'Meera',
    'Nair',
    { uin: '4924503283', vid: '9346278135294760', aid: '10014100400136120260715142708' },
    ['eng', 'kan'],
    { email: 'meera.nair.16@example.org', phone: '8088398078' },
    { lockedAuthTypes: ['otp-email'] },
  ),
  issued(
    'otp-email-phone-locked',
    'Card ready; email and phone OTP both locked, so OTP login is refused',
    'Omar',
    'Moreau',
    { uin: '8097152958', vid: '9604980182305712', aid: '10013100420164520260730085952' },
    ['ara', 'fra'],
    { email: 'omar.moreau.17@example.org', phone: '6709479236' },
    { lockedAuthTypes: ['otp-email', 'otp-phone'] },
  ),
  issued(
    'uin-deactivated',
    'UIN deactivated: neither the UIN nor its VID resolves',
    'José',
    'Haddad',
    { uin: '7402413049', vid: '9831691872046538', aid: '10025100300126220260812133645' },
    ['spa', 'eng'],
    { email: 'jose.haddad.18@example.org', phone: '9872448273' },
    { identityStatus: 'DEACTIVATED' },
  ),
  issued(
    'vid-revoked',
    'VID revoked (a new Perpetual VID replaced it); the UIN still works',
    'Inès',
    'Gowda',
    { uin: '5416736092', vid: '8073153250285640', aid: '10025100140192520260827100417' },
    ['fra', 'eng'],
    { email: 'ines.gowda.19@example.org', phone: '9088974073' },
    {
      vid: { vid: '8073153250285640', type: 'Perpetual', status: 'REVOKED' },
      otherVids: [perpetual('4604918426753680')],
    },
  ),
  issued(
    'vid-temporary',
    'Temporary VID: 2 authentications, expires 30 minutes after the demo data is seeded',
    'Priya',
    'Krishnan',
    { uin: '4759816219', vid: '9273961549324795', aid: '10019100380141220260909152134' },
    ['tam', 'eng'],
    { email: 'priya.krishnan.20@example.org', phone: '6154821963' },
    {
      vid: { vid: '9273961549324795', type: 'Temporary', status: 'ACTIVE' },
      otherVids: [perpetual('8907217801946159')],
    },
  ),
  issued(
    'vid-one-time',
    'One-time-use VID: 2 authentications, then used up',
    'Amina',
    'Sharma',
    { uin: '8417510591', vid: '9186410592815809', aid: '10011100120238920260922095006' },
    ['eng', 'hin'],
    { email: 'amina.sharma.21@example.org', phone: '6611439954' },
    {
      vid: { vid: '9186410592815809', type: 'OneTimeUse', status: 'ACTIVE' },
      otherVids: [perpetual('3758735714309620')],
    },
  ),
]

/** The featured resident playing `role`. */
export function featured(role: FeaturedRole): FeaturedResident {
  const found = FEATURED_RESIDENTS.find((r) => r.role === role)
  if (!found) throw new Error(`no featured resident for ${role}`)
  return found
}
