import { describe, expect, it } from 'vitest'
import { serviceSettingsFrom } from './serviceSettings.ts'

describe('service settings from ui-properties', () => {
  it('read the captcha switch, id lengths and one-time code timings', () => {
    const settings = serviceSettingsFrom({
      'mosip.resident.captcha.enable': 'true',
      'mosip.kernel.uin.length': 12,
      'mosip.kernel.vid.length': '16',
      'mosip.kernel.rid.length': 29,
      'mosip.kernel.otp.default-length': 6,
      'mosip.kernel.otp.expiry-time': 120,
      'resident.otp.resend.after.seconds': 30,
    })
    expect(settings).toEqual({
      captchaEnabled: true,
      idLengths: { uin: 12, vid: 16, aid: 29 },
      otp: { length: 6, expirySeconds: 120, resendAfterSeconds: 30 },
    })
  })

  it("fall back to MOSIP's defaults, with the captcha off unless the server asks for it", () => {
    expect(serviceSettingsFrom({})).toEqual({
      captchaEnabled: false,
      idLengths: { uin: 10, vid: 16, aid: 29 },
      otp: { length: 6, expirySeconds: 180, resendAfterSeconds: 60 },
    })
    expect(serviceSettingsFrom({ 'mosip.resident.captcha.enable': true }).captchaEnabled).toBe(true)
    expect(serviceSettingsFrom({ 'mosip.resident.captcha.enable': 'yes' }).captchaEnabled).toBe(
      false,
    )
    expect(serviceSettingsFrom({ 'mosip.kernel.otp.expiry-time': -5 }).otp.expirySeconds).toBe(180)
  })
})
