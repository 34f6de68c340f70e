import { describe, expectTypeOf, it } from 'vitest'
import type { RequestBodyOf, ResponseOf } from './types.ts'

// Checked by `tsc -p portal` (part of `npm test`): the types come from the server's schemas.
// Each feature checks its own types beside its calls (features/*/api.test.ts).
describe('API types read from the server schema', () => {
  it("unwrap the envelope's response, without the null of a failure", () => {
    expectTypeOf<ResponseOf<'/aid-stage/{aid}'>>().not.toBeNullable()
    expectTypeOf<ResponseOf<'/aid-stage/{aid}'>['failureReason']>().toEqualTypeOf<string | null>()
    expectTypeOf<ResponseOf<'/validate-otp', 'post'>>().toHaveProperty('authStatus')
  })

  it('type what the portal sends', () => {
    expectTypeOf<RequestBodyOf<'/download-card'>['request']>().toEqualTypeOf<{
      transactionId: string
      individualId: string
      otp: string
    }>()
  })
})
