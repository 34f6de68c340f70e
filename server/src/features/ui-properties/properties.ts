import type { Config } from '../../config.ts'

/**
 * The settings the browser may see: an allow-list built from typed config, never a copy of the
 * environment, so no secret can leak through it (the official service exposed its captcha secret).
 * Keys are the official resident-ui's, so that portal boots against this server unchanged.
 */
export function uiProperties(config: Config): Record<string, string | number | boolean> {
  return {
    'mosip.mandatory-languages': config.languages.mandatory.join(','),
    'mosip.optional-languages': config.languages.optional.join(','),
    'mosip-prereg-ui-url': config.preRegistrationUrl,
    'mosip-prereg-host': new URL(config.preRegistrationUrl).host,
    'resident.nearby.centers.distance.meters': config.nearbyDistanceMeters,
    'resident.registration-centers.download.max.count': 100,
    'mosip.resident.captcha.enable': config.captchaRequired,
    'mosip.kernel.uin.length': 10,
    'mosip.kernel.vid.length': 16,
    'mosip.kernel.rid.length': 29,
    'mosip.kernel.otp.default-length': 6,
    'mosip.kernel.otp.expiry-time': config.otp.ttlSeconds,
    'resident.otp.resend.after.seconds': config.otp.resendAfterSeconds,
    'mosip.webui.auto.logout.idle': 900,
    'mosip.webui.auto.logout.ping': 30,
    'mosip.webui.auto.logout.timeout': 60,
    'resident.view-history.default.page.size': 10,
    'mosip.utc-datetime-pattern': "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
    'resident.datetime.pattern': "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
    'mosip.resident.api.id.otp.request': 'mosip.identity.otp.internal',
    'mosip.resident.api.version.otp.request': '1.0',
    'mosip.resident.api.id.auth': 'mosip.identity.auth.internal',
    'mosip.resident.api.version.auth': '1.0',
    'mosip.resident.checkstatus': 'mosip.resident.checkstatus',
    'mosip.resident.vid.generate': 'mosip.resident.vid.generate',
    'mosip.resident.vid.revoke': 'mosip.resident.vid.revoke',
    'mosip.resident.auth.lock.unlock': 'mosip.resident.auth.lock.unlock',
    'mosip.resident.share.credential': 'mosip.resident.share.credential',
    'mosip.resident.download.personalized.card': 'mosip.resident.download.personalized.card',
    'mosip.resident.download.uin.card': 'mosip.resident.download.uin.card',
    'mosip.resident.grievance.ticket.request': 'mosip.resident.grievance.ticket.request',
    'mosip.resident.request.response.version': '1.0',
  }
}
