import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  API,
  captchaHeader,
  featured,
  newTransactionId,
  otpCheck,
  otpFromMailbox,
  otpRequest,
} from '../../../test/otp-flow.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { hashId } from '../../platform/keys.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const eng = featured('card-ready-eng')

async function sendOtp(individualId: string, transactionId: string, channels = ['PHONE', 'EMAIL']) {
  return t.app.inject({
    method: 'POST',
    url: `${API}/individualId/otp`,
    headers: { 'x-captcha': await captchaHeader(t.app) },
    payload: otpRequest(individualId, transactionId, channels),
  })
}

const downloadCard = (individualId: string, transactionId: string, otp: string) =>
  t.app.inject({
    method: 'POST',
    url: `${API}/download-card`,
    payload: otpCheck('mosip.resident.download.uin.card', individualId, transactionId, otp),
  })

function pdfText(pdf: Buffer, password: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-'))
  try {
    const file = path.join(dir, 'card.pdf')
    fs.writeFileSync(file, pdf)
    return execFileSync('pdftotext', ['-upw', password, file, '-'], { encoding: 'utf8' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('GET /aid-stage/{aid}', () => {
  it('says the card is ready for a processed application, by AID, UIN or VID', async () => {
    for (const id of [eng.application.aid, eng.uin, eng.vid?.vid]) {
      const res = await t.app.inject({ method: 'GET', url: `${API}/aid-stage/${id}` })
      expect(res.json().response).toEqual({
        aidStatus: 'SUCCESS',
        transactionStage: 'CARD_READY_TO_DOWNLOAD',
        failureReason: null,
      })
    }
  })

  it('gives the stage of an application still in progress and of a failed one', async () => {
    const verifying = featured('in-progress-verification').application.aid
    let res = await t.app.inject({ method: 'GET', url: `${API}/aid-stage/${verifying}` })
    expect(res.json().response).toMatchObject({
      aidStatus: 'IN-PROGRESS',
      transactionStage: 'VERIFICATION_STAGE',
    })
    const failed = featured('application-failed').application
    res = await t.app.inject({ method: 'GET', url: `${API}/aid-stage/${failed.aid}` })
    expect(res.json().response).toMatchObject({
      aidStatus: 'FAILURE',
      transactionStage: failed.stage,
      failureReason: failed.failureReason,
    })
  })

  it('answers RES-SER-456 for an AID nobody applied with', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${API}/aid-stage/${'9'.repeat(29)}` })
    expect(res.statusCode).toBe(200)
    expect(res.json().errors[0].errorCode).toBe('RES-SER-456')
  })
})

describe('Get my UIN: OTP then card', () => {
  it('sends the OTP to both contacts, masked, and downloads the password-protected card', async () => {
    const transactionId = newTransactionId()
    const sent = await sendOtp(eng.uin as string, transactionId)
    const body = sent.json()
    expect(body.errors).toBeNull()
    expect(body.transactionId).toBe(transactionId)
    expect(body.response.maskedEmail).toMatch(/X/)
    expect(body.response.maskedEmail).not.toContain((eng.email as string).split('@')[0])
    expect(body.response.maskedMobile).toMatch(/^X+\d{4}$/)
    expect(sent.headers.eventid).toMatch(/^[1-9]\d{15}$/)

    const otp = await otpFromMailbox(t, eng.email as string)
    const res = await downloadCard(eng.uin as string, transactionId, otp)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="Get_my_UIN_[\d-]+T[\d_]+\.pdf"$/,
    )
    const eventId = res.headers.eventid as string
    expect(eventId).toMatch(/^[1-9]\d{15}$/)
    // MOSIP's rule: first four letters of the first name, in capitals, then the year of birth.
    const person = await t.ports.identity.identity(eng.uin as string)
    const year = person?.dateOfBirth.slice(0, 4)
    const first = (person?.fullName.eng ?? '').split(' ')[0]?.toUpperCase() ?? ''
    const text = pdfText(res.rawPayload, `${first.slice(0, 4).padEnd(4, first)}${year}`)
    expect(text.replace(/\s/g, '')).toContain(eng.uin)

    // The OTP's SEND_OTP event became the GET_MY_ID event whose id the header carries.
    const events = await t.residentDb
      .selectFrom('resident_transaction')
      .selectAll()
      .where('token_id', '=', hashId(t.ports.keys, eng.uin as string))
      .execute()
    expect(events.find((e) => e.event_id === eventId)).toMatchObject({
      request_type_code: 'GET_MY_ID',
      status_code: 'CARD_DOWNLOADED',
    })

    // Single use: the same OTP cannot fetch the card twice.
    const again = await downloadCard(eng.uin as string, transactionId, otp)
    expect(again.json().errors[0].errorCode).toBe('RES-OTP-007')
  })

  it('works from the AID as well, and refuses an OTP of another transaction', async () => {
    const tam = featured('card-ready-tam')
    const first = newTransactionId()
    expect((await sendOtp(tam.application.aid, first)).json().errors).toBeNull()
    const otp = await otpFromMailbox(t, tam.email as string)
    const other = await downloadCard(tam.application.aid, newTransactionId(), otp)
    expect(other.json().errors[0].errorCode).toBe('RES-OTP-008')
    const res = await downloadCard(tam.application.aid, first, otp)
    expect(res.headers['content-type']).toBe('application/pdf')
  })

  it('refuses a wrong OTP with RES-OTP-007 and a dead one after five with RES-SER-465', async () => {
    const fra = featured('card-ready-fra')
    const transactionId = newTransactionId()
    await sendOtp(fra.uin as string, transactionId)
    const otp = await otpFromMailbox(t, fra.email as string)
    const wrong = otp === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      const res = await downloadCard(fra.uin as string, transactionId, wrong)
      expect(res.json().errors[0].errorCode).toBe('RES-OTP-007')
    }
    const res = await downloadCard(fra.uin as string, transactionId, otp)
    expect(res.json().errors[0].errorCode).toBe('RES-SER-465')
  })

  it('says an AID whose UIN is not generated yet is not ready (RES-SER-449)', async () => {
    const aid = featured('in-progress-uin-generation').application.aid
    const res = await sendOtp(aid, newTransactionId())
    expect(res.json().errors).toEqual([
      { errorCode: 'RES-SER-449', errorMessage: expect.any(String) },
    ])
  })

  it('refuses email OTP for a resident who locked it (IDA-MLC-019)', async () => {
    const locked = featured('otp-email-locked')
    const res = await sendOtp(locked.uin as string, newTransactionId(), ['EMAIL'])
    expect(res.json().errors[0].errorCode).toBe('IDA-MLC-019')
  })

  it('requires a solved captcha, once', async () => {
    const payload = otpRequest(eng.uin as string, newTransactionId(), ['EMAIL'])
    let res = await t.app.inject({ method: 'POST', url: `${API}/individualId/otp`, payload })
    expect(res.json().errors[0]).toMatchObject({ errorCode: 'RES-SER-909' })
    const header = await captchaHeader(t.app)
    const headers = { 'x-captcha': header }
    res = await t.app.inject({ method: 'POST', url: `${API}/individualId/otp`, headers, payload })
    expect(res.json().errors).toBeNull()
    res = await t.app.inject({ method: 'POST', url: `${API}/individualId/otp`, headers, payload })
    expect(res.json().errors[0].errorCode).toBe('RES-SER-909')
  })

  it('answers the status of an OTP-verified AID (/aid/status)', async () => {
    const spa = featured('card-ready-spa')
    const transactionId = newTransactionId()
    await sendOtp(spa.application.aid, transactionId)
    const otp = await otpFromMailbox(t, spa.email as string)
    const res = await t.app.inject({
      method: 'POST',
      url: `${API}/aid/status`,
      payload: otpCheck('mosip.resident.checkstatus', spa.application.aid, transactionId, otp),
    })
    expect(res.json().response).toEqual({
      individualId: spa.application.aid,
      individualIdType: 'AID',
      transactionId,
      aidStatus: 'PROCESSED',
    })
  })

  it('audits every step under the hashed id, with nothing identifying in the record', async () => {
    const rows = t.audits
    const mine = rows.filter((r) => r.idHash === hashId(t.ports.keys, eng.uin as string))
    const actions = new Set(mine.map((r) => `${r.action}:${r.result}`))
    for (const step of ['AID_STAGE:SUCCESS', 'OTP_SEND:SUCCESS', 'GET_MY_UIN_CARD:SUCCESS']) {
      expect(actions).toContain(step)
    }
    expect(mine.find((r) => r.action === 'GET_MY_UIN_CARD')?.eventId).toMatch(/^[1-9]\d{15}$/)
    const all = JSON.stringify(rows)
    for (const secret of [eng.uin, eng.vid?.vid, eng.application.aid, eng.email, eng.phone]) {
      expect(all).not.toContain(secret)
    }
  })

  it('writes no identifier, contact or OTP into the logs', () => {
    const all = t.logs.join('\n')
    for (const secret of [eng.uin, eng.vid?.vid, eng.application.aid, eng.email, eng.phone]) {
      expect(all).not.toContain(secret)
    }
    expect(all).not.toMatch(/\b\d{6}\b.*otp|otp.*\b\d{6}\b/i)
  })
})
