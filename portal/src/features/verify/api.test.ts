import { afterEach, describe, expect, it, vi } from 'vitest'
import { calledUrl, ok, sentBody, stubFetch } from '../../api/fetchStub.ts'
import { requestOtp } from '../../api/otp.ts'
import { getVerificationStatus, validateOtp, verifyOtpTarget } from './api.ts'

/** The request bodies and paths of the contract (docs: api-contract, issue 4). */

afterEach(() => vi.unstubAllGlobals())

describe('Verify calls', () => {
  it('ask the status of one channel', async () => {
    const mock = stubFetch(() => ok({ verificationStatus: false, maskedUserId: 'a***@x.org' }))
    await getVerificationStatus('EMAIL', '2345678901')
    expect(calledUrl(mock)).toBe(
      '/resident/v1/channel/verification-status/?channel=EMAIL&individualId=2345678901',
    )
  })

  it('send the code on that channel only, IDA style (transactionID)', async () => {
    const mock = stubFetch(() => ok({ maskedMobile: null, maskedEmail: 'a***@x.org' }))
    await requestOtp(verifyOtpTarget('EMAIL', '2345678901'), { transactionId: '9' })
    expect(calledUrl(mock)).toBe('/resident/v1/req/otp')
    expect(sentBody(mock)).toMatchObject({ transactionID: '9', otpChannel: ['EMAIL'] })
    expect(sentBody(mock)).not.toHaveProperty('transactionId')
  })

  it('check the code and return the Event ID', async () => {
    const mock = stubFetch(() =>
      ok({ authStatus: true, transactionId: '9', status: 'Success' }, { eventId: '42' }),
    )
    await expect(
      validateOtp({ individualId: '2345678901', transactionId: '9', otp: '123456' }),
    ).resolves.toEqual({ eventId: '42' })
    expect(sentBody(mock)).toMatchObject({
      id: 'mosip.resident.identity.auth',
      request: { transactionId: '9', otp: '123456' },
    })
  })
})
