import { describe, expectTypeOf, it } from 'vitest'
import type { AidStage, TRANSACTION_STAGES, TransactionStage } from './getUin.ts'
import type { RegistrationCentre } from './masterdata.ts'
import type { RequestBodyOf, ResponseOf } from './types.ts'

// Checked by `tsc -p portal` (part of `npm test`): the types come from the server's schemas.
describe('API types read from the server schema', () => {
  it('give every stage the server may report a place in the progress bar', () => {
    expectTypeOf<(typeof TRANSACTION_STAGES)[number]>().toEqualTypeOf<TransactionStage>()
    expectTypeOf<TransactionStage>().toEqualTypeOf<AidStage['transactionStage']>()
  })

  it("unwrap the envelope's response, without the null of a failure", () => {
    expectTypeOf<ResponseOf<'/aid-stage/{aid}'>>().not.toBeNullable()
    expectTypeOf<AidStage['failureReason']>().toEqualTypeOf<string | null>()
    expectTypeOf<ResponseOf<'/validate-otp', 'post'>>().toHaveProperty('authStatus')
  })

  it('type what the portal sends', () => {
    expectTypeOf<RequestBodyOf<'/download-card'>['request']>().toEqualTypeOf<{
      transactionId: string
      individualId: string
      otp: string
    }>()
  })

  it('leave our centre fields optional, as a MOSIP server sends none of them', () => {
    expectTypeOf<RegistrationCentre['workingDays']>().toBeNullable()
    expectTypeOf<RegistrationCentre['name']>().toEqualTypeOf<string>()
  })
})
