import { describe, expect, it } from 'vitest'
import { ApiError } from '../../api/client.ts'
import { isAboutTheNumber, isNumberNotRecognised, needsRegistrationCentre } from './idErrors.ts'

const error = (code: string, message = 'x') => new ApiError(code, message, 200)
const ida = (code: string, errorMessage: string) =>
  new ApiError(code, errorMessage, 200, [{ errorCode: code, errorMessage }])

describe('answers about the number typed', () => {
  it('include an id that is unknown, malformed, or a VID that can no longer be used', () => {
    for (const code of [
      'RES-SER-410',
      'RES-SER-522',
      'RES-SER-456',
      'IDA-MLC-009',
      'IDA-MLC-018',
      'IDA-MLC-023',
    ]) {
      expect(isAboutTheNumber(error(code, 'Invalid Input Parameter - individualId')), code).toBe(
        true,
      )
    }
  })

  it('leave out a refusal that names another field (the channel, the request time)', () => {
    expect(isAboutTheNumber(error('RES-SER-410', 'Invalid Input Parameter - channel'))).toBe(false)
    expect(isAboutTheNumber(error('IDA-MLC-009', 'Invalid Input Parameter - requestTime'))).toBe(
      false,
    )
    expect(isAboutTheNumber(error('IDA-MLC-009', 'Invalid Input Parameter - email'))).toBe(false)
    expect(isAboutTheNumber(error('IDA-OTA-008'))).toBe(false)
    expect(isAboutTheNumber(new Error('RES-SER-410'))).toBe(false)
  })

  it('say "not recognised" for the general refusals, their own text for the others', () => {
    expect(isNumberNotRecognised(error('RES-SER-410'))).toBe(true)
    expect(isNumberNotRecognised(error('RES-SER-522'))).toBe(true)
    expect(isNumberNotRecognised(error('IDA-MLC-009'))).toBe(true)
    expect(isNumberNotRecognised(error('IDA-MLC-023'))).toBe(false)
    expect(isNumberNotRecognised(error('IDA-MLC-018'))).toBe(false)
  })
})

describe('answers that send the resident to a registration centre', () => {
  it('include no contact on any channel asked for, before and after IDA-OTA-008', () => {
    for (const code of ['RES-SER-440', 'IDA-OTA-008', 'IDA-MLC-019']) {
      expect(needsRegistrationCentre(error(code)), code).toBe(true)
    }
    const notRegistered =
      'Invalid Input Parameter - otpChannel: Email not registered. Individual has to register and try again'
    expect(needsRegistrationCentre(ida('IDA-MLC-009', notRegistered))).toBe(true)
    // A malformed number is no case for a registration centre.
    const malformed = 'Invalid Input Parameter - individualId'
    expect(needsRegistrationCentre(ida('IDA-MLC-009', malformed))).toBe(false)
    expect(needsRegistrationCentre(error('RES-SER-422'))).toBe(false)
  })
})
