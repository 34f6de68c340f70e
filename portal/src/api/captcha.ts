import type { Challenge } from 'altcha-lib/types'
import { apiGet, type RequestOptions } from './client.ts'

/** A new proof-of-work challenge (ALTCHA v2) for the captcha. */
export function getCaptchaChallenge(options?: RequestOptions): Promise<Challenge> {
  return apiGet<Challenge>('/captcha/challenge', options)
}
