import type { Challenge } from 'altcha-lib/types'
import { apiGet, type RequestOptions } from './client.ts'
import type { ResponseOf } from './types.ts'

/** A new proof-of-work challenge (ALTCHA v2) for the captcha, as altcha-lib solves it. */
export function getCaptchaChallenge(options?: RequestOptions): Promise<Challenge> {
  return apiGet<ResponseOf<'/captcha/challenge'>>('/captcha/challenge', options)
}
