import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateVid, secureDigits } from '../src/ids/id-rules.ts'
import {
  API,
  featured,
  neverIssuedUin,
  newTransactionId,
  otpCheck,
  otpRequest,
} from './otp-flow.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/**
 * A deactivated identity answers every public route exactly as an id never issued: same HTTP
 * status, same envelope, same code and message (the clock fields aside). Else the public status
 * routes tell a deactivated UIN from an unknown one. The featured resident 'uin-deactivated'
 * holds a card-ready application, a VID and an AID, so a leak would answer a stage or a card.
 */
let t: TestApp
const gone = featured('uin-deactivated')
const GONE = { UIN: gone.uin as string, VID: gone.vid?.vid as string, AID: gone.application.aid }
let never: typeof GONE

beforeAll(async () => {
  t = await createTestApp({ CAPTCHA_REQUIRED: 'false', IP_LIMIT_REQUESTS: '10000' })
  let vid = generateVid(secureDigits)
  while (await t.ports.identity.resolve(vid)) vid = generateVid(secureDigits)
  never = {
    UIN: await neverIssuedUin(t.ports.identity),
    VID: vid,
    AID: '10099100990099920990101000000',
  }
})
afterAll(() => t.close())

/** Status and body without the fields that carry the clock. */
function answer(res: LightMyRequestResponse) {
  const body = res.json() as Record<string, unknown>
  for (const key of Object.keys(body)) if (/time/i.test(key)) delete body[key]
  return { status: res.statusCode, body }
}

type Kind = keyof typeof GONE

describe('a deactivated identity answers as one never issued', () => {
  it.each<Kind>(['UIN', 'VID', 'AID'])('GET /aid-stage/{%s}: RES-SER-456', async (kind) => {
    const ask = async (id: string) => answer(await t.app.inject({ url: `${API}/aid-stage/${id}` }))
    const deactivated = await ask(GONE[kind])
    expect(deactivated.body.errors).toEqual([expect.objectContaining({ errorCode: 'RES-SER-456' })])
    expect(deactivated).toEqual(await ask(never[kind]))
  })

  it.each<Kind>(['UIN', 'VID'])('GET /channel/verification-status/ with the %s', async (kind) => {
    const ask = async (id: string) =>
      answer(
        await t.app.inject({
          url: `${API}/channel/verification-status/?channel=EMAIL&individualId=${id}`,
        }),
      )
    const deactivated = await ask(GONE[kind])
    expect(deactivated.body.errors).toEqual([expect.objectContaining({ errorCode: 'RES-SER-522' })])
    expect(deactivated).toEqual(await ask(never[kind]))
  })

  it.each<[string, Kind]>([
    ['download-card', 'UIN'],
    ['download-card', 'VID'],
    ['download-card', 'AID'],
    ['aid/status', 'UIN'],
    ['aid/status', 'AID'],
  ])('POST /%s with the %s and an OTP', async (route, kind) => {
    const transactionId = newTransactionId()
    const ask = async (id: string) =>
      answer(
        await t.app.inject({
          method: 'POST',
          url: `${API}/${route}`,
          payload: otpCheck('mosip.resident.download.uin.card', id, transactionId, '123456'),
        }),
      )
    const deactivated = await ask(GONE[kind])
    expect(deactivated.body.response ?? null).toBeNull()
    // An unknown UIN stands for every kind: a VID or AID never issued answers the same.
    expect(deactivated).toEqual(await ask(never.UIN))
  })

  // Its VID there is IDA-MLC-023 like any lapsed VID (docs/api-decisions.md): ID Repo
  // deactivates the VIDs with the UIN, which says no more than "this VID ran out".
  it.each<[string, Kind]>([
    ['individualId/otp', 'UIN'],
    ['individualId/otp', 'AID'],
    ['req/otp', 'UIN'],
  ])('POST /%s for the %s: IDA-MLC-018, nothing sent', async (route, kind) => {
    const transactionId = newTransactionId()
    const ask = async (id: string) =>
      answer(
        await t.app.inject({
          method: 'POST',
          url: `${API}/${route}`,
          payload: otpRequest(id, transactionId, ['EMAIL', 'PHONE']),
        }),
      )
    const deactivated = await ask(GONE[kind])
    expect(deactivated.body.errors).toEqual([expect.objectContaining({ errorCode: 'IDA-MLC-018' })])
    expect(deactivated).toEqual(await ask(never[kind]))
    const mail = await t.ports.notifier.mailbox?.list({ to: gone.email as string, limit: 10 })
    expect(mail).toEqual([])
  })
})
