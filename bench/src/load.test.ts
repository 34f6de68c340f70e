import { describe, expect, it } from 'vitest'
import { type Answer, centresOf } from './load.ts'

const answer = (status: number, json: unknown): Answer => ({
  status,
  body: Buffer.from(JSON.stringify(json)),
  json,
})
const centre = { id: '10001', latitude: '12.5', longitude: '-7.25' }

describe('centresOf', () => {
  it('reads nearby lists and search pages', () => {
    expect(centresOf('u', answer(200, { response: { registrationCenters: [centre] } }))).toEqual([
      centre,
    ])
    expect(centresOf('u', answer(200, { errors: [], response: { data: [centre] } }))).toEqual([
      centre,
    ])
  })

  it('fails loudly on an error status, errors in the envelope, or no list', () => {
    expect(() => centresOf('u', answer(500, {}))).toThrow('u answered 500')
    expect(() =>
      centresOf('u', answer(200, { errors: [{ errorCode: 'RES-SER-418' }], response: null })),
    ).toThrow('RES-SER-418')
    expect(() => centresOf('u', answer(200, { response: {} }))).toThrow('no centre list')
  })
})
