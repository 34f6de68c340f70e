import type { UiProperties } from '../api/config.ts'
import { positiveNumber } from './settings.ts'

/** The ui-properties of the service pages (Get my UIN, Verify), typed, with defaults. */
export interface ServiceSettings {
  /** Whether forms that send a one-time code carry a captcha (`mosip.resident.captcha.enable`). */
  captchaEnabled: boolean
  /** Digits of a UIN, a VID and an AID (`mosip.kernel.{uin,vid,rid}.length`). */
  idLengths: IdLengths
  otp: OtpSettings
}

export interface IdLengths {
  uin: number
  vid: number
  aid: number
}

export interface OtpSettings {
  /** Digits of a one-time code. */
  length: number
  /** How long a code is valid. */
  expirySeconds: number
  /** How long before a new code may be asked for. */
  resendAfterSeconds: number
}

/** MOSIP's defaults (kernel id lengths, OTP length and validity); resend: ours. */
export const DEFAULT_ID_LENGTHS: IdLengths = { uin: 10, vid: 16, aid: 29 }
export const DEFAULT_OTP: OtpSettings = { length: 6, expirySeconds: 180, resendAfterSeconds: 60 }

/** `true`/`"true"` → true, `false`/`"false"` → false, anything else → undefined. */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) {
    return value.trim().toLowerCase() === 'true'
  }
  return undefined
}

export function serviceSettingsFrom(properties: UiProperties): ServiceSettings {
  const number = (key: string, fallback: number) => positiveNumber(properties[key]) ?? fallback
  return {
    // MOSIP's default is off; a server that needs one says so.
    captchaEnabled: flag(properties['mosip.resident.captcha.enable']) ?? false,
    idLengths: {
      uin: number('mosip.kernel.uin.length', DEFAULT_ID_LENGTHS.uin),
      vid: number('mosip.kernel.vid.length', DEFAULT_ID_LENGTHS.vid),
      aid: number('mosip.kernel.rid.length', DEFAULT_ID_LENGTHS.aid),
    },
    otp: {
      length: number('mosip.kernel.otp.default-length', DEFAULT_OTP.length),
      expirySeconds: number('mosip.kernel.otp.expiry-time', DEFAULT_OTP.expirySeconds),
      resendAfterSeconds: number(
        'resident.otp.resend.after.seconds',
        DEFAULT_OTP.resendAfterSeconds,
      ),
    },
  }
}
