import { createTestApp, type TestApp } from '@resident/server/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { otpIndividuals } from './otp-identities.ts'
import { preSendOtps } from './otp-pool.ts'
import { isOtpValidated, transactionIds, VALIDATE_PATH, validateBody } from './otp-requests.ts'

describe('preSendOtps', () => {
  let t: TestApp
  let baseUrl: string
  beforeAll(async () => {
    t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '1000' })
    baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('gets OTPs the server then accepts, each once', async () => {
    const individuals = (await otpIndividuals(t.handle.db)).slice(0, 3)
    // Five OTPs over three individuals: two batches, the second repeating individuals.
    const tickets = await preSendOtps({
      baseUrl,
      individuals,
      offset: 0,
      count: 5,
      connections: 2,
      nextTransactionId: transactionIds(),
    })
    expect(tickets.map((x) => x.individualId)).toEqual(
      [0, 1, 2, 0, 1].map((i) => individuals[i]?.individualId),
    )
    expect(new Set(tickets.map((x) => x.transactionId)).size).toBe(5)
    const validate = (body: string) =>
      fetch(baseUrl + VALIDATE_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((r) => r.text())
    for (const ticket of tickets) {
      expect(isOtpValidated(await validate(validateBody(ticket)))).toBe(true)
    }
    const [first] = tickets
    if (first) expect(isOtpValidated(await validate(validateBody(first)))).toBe(false)
  })

  it('fails loudly when the server refuses a send', async () => {
    const unknown = [{ individualId: '2000000001', email: 'nobody@example.org' }]
    await expect(
      preSendOtps({
        baseUrl,
        individuals: unknown,
        offset: 0,
        count: 1,
        connections: 1,
        nextTransactionId: transactionIds(),
      }),
    ).rejects.toThrow('an OTP send was refused')
  })
})
