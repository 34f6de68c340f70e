import { afterEach, describe, expect, it, vi } from 'vitest'
import { downloadUinCard, getAidStage, requestUinOtp } from './getUin.ts'
import { getVerificationStatus, requestChannelOtp, validateOtp } from './verify.ts'

/** The request bodies and paths of the contract (docs: api-contract, issue 4). */

function stubFetch(respond: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => respond())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const ok = (response: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ response, errors: null }), {
    headers: { 'content-type': 'application/json', ...headers },
  })

const sentBody = (mock: ReturnType<typeof stubFetch>) =>
  JSON.parse(String(mock.mock.calls[0]?.[1]?.body)) as Record<string, unknown>

afterEach(() => vi.unstubAllGlobals())

describe('Get my UIN calls', () => {
  it('ask for the stage of the typed id', async () => {
    const mock = stubFetch(() =>
      ok({ aidStatus: 'SUCCESS', transactionStage: 'CARD_READY_TO_DOWNLOAD', failureReason: null }),
    )
    await expect(getAidStage('10001100000000120250101000000')).resolves.toMatchObject({
      aidStatus: 'SUCCESS',
    })
    expect(mock.mock.calls[0]?.[0]).toBe('/resident/v1/aid-stage/10001100000000120250101000000')
  })

  it('send the code to phone and email with the captcha header', async () => {
    const mock = stubFetch(() => ok({ maskedMobile: '******7890', maskedEmail: null }))
    const sent = await requestUinOtp(
      { individualId: '2345678901', transactionId: '1234567890' },
      { headers: { 'X-Captcha': 'proof' } },
    )
    expect(sent).toEqual({
      transactionId: '1234567890',
      maskedMobile: '******7890',
      maskedEmail: null,
    })
    expect(mock.mock.calls[0]?.[0]).toBe('/resident/v1/individualId/otp')
    expect(mock.mock.calls[0]?.[1]?.headers).toMatchObject({ 'X-Captcha': 'proof' })
    expect(sentBody(mock)).toMatchObject({
      id: 'mosip.identity.otp.internal',
      version: '1.0',
      transactionId: '1234567890',
      individualId: '2345678901',
      otpChannel: ['PHONE', 'EMAIL'],
      metadata: {},
    })
    expect(sentBody(mock).requestTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('download the card with the code and read the Event ID', async () => {
    const mock = stubFetch(
      () =>
        new Response('%PDF', {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="Get_my_UIN_1.pdf"',
            eventId: '1234567890123456',
          },
        }),
    )
    const card = await downloadUinCard({
      individualId: '2345678901',
      transactionId: '1234567890',
      otp: '111111',
    })
    expect(card).toMatchObject({ fileName: 'Get_my_UIN_1.pdf', eventId: '1234567890123456' })
    expect(sentBody(mock)).toMatchObject({
      id: 'mosip.resident.download.uin.card',
      request: { individualId: '2345678901', transactionId: '1234567890', otp: '111111' },
    })
  })
})

describe('Verify calls', () => {
  it('ask the status of one channel', async () => {
    const mock = stubFetch(() => ok({ verificationStatus: false, maskedUserId: 'a***@x.org' }))
    await getVerificationStatus('EMAIL', '2345678901')
    expect(mock.mock.calls[0]?.[0]).toBe(
      '/resident/v1/channel/verification-status/?channel=EMAIL&individualId=2345678901',
    )
  })

  it('send the code on that channel only, IDA style (transactionID)', async () => {
    const mock = stubFetch(() => ok({ maskedMobile: null, maskedEmail: 'a***@x.org' }))
    await requestChannelOtp({ channel: 'EMAIL', individualId: '2345678901', transactionId: '9' })
    expect(mock.mock.calls[0]?.[0]).toBe('/resident/v1/req/otp')
    expect(sentBody(mock)).toMatchObject({ transactionID: '9', otpChannel: ['EMAIL'] })
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
