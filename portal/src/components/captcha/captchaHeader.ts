import type { Challenge, Solution } from 'altcha-lib/types'

/**
 * The `X-Captcha` header: base64 of `{challenge, solution}` as JSON, the challenge exactly as the
 * server sent it. UTF-8 first, so text in a challenge's `data` cannot break `btoa`.
 */
export function captchaHeaderValue(challenge: Challenge, solution: Solution): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ challenge, solution }))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
