import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { calledUrl, ok, sentBody, stubFetch } from '../../api/fetchStub.ts'
import { requestOtp } from '../../api/otp.ts'
import {
  type AidStage,
  downloadUinCard,
  getAidStage,
  type TRANSACTION_STAGES,
  type TransactionStage,
  uinCardOtpTarget,
} from './api.ts'

/** The request bodies and paths of the contract (docs: api-contract, issue 4). */

afterEach(() => vi.unstubAllGlobals())

describe('Get my UIN calls', () => {
  it('ask for the stage of the typed id', async () => {
    const mock = stubFetch(() =>
      ok({ aidStatus: 'SUCCESS', transactionStage: 'CARD_READY_TO_DOWNLOAD', failureReason: null }),
    )
    await expect(getAidStage('10001100000000120250101000000')).resolves.toMatchObject({
      aidStatus: 'SUCCESS',
    })
    expect(calledUrl(mock)).toBe('/resident/v1/aid-stage/10001100000000120250101000000')
  })

  it('send the code to phone and email', async () => {
    const mock = stubFetch(() => ok({ maskedMobile: '******7890', maskedEmail: null }))
    await requestOtp(uinCardOtpTarget('2345678901'), { transactionId: '1234567890' })
    expect(calledUrl(mock)).toBe('/resident/v1/individualId/otp')
    expect(sentBody(mock)).toMatchObject({
      transactionId: '1234567890',
      individualId: '2345678901',
      otpChannel: ['PHONE', 'EMAIL'],
    })
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

// Checked by `tsc -p portal` (part of `npm test`): the types come from the server's schemas.
describe('Get my UIN types', () => {
  it('give every stage the server may report a place in the progress bar', () => {
    expectTypeOf<(typeof TRANSACTION_STAGES)[number]>().toEqualTypeOf<TransactionStage>()
    expectTypeOf<TransactionStage>().toEqualTypeOf<AidStage['transactionStage']>()
  })
})
