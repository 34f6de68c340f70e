import type { DeriveKeyFunction } from 'altcha-lib/types'
import { getCaptchaChallenge } from '../../api/captcha.ts'
import { isAbort } from '../../api/client.ts'
import { captchaHeaderValue } from './captchaHeader.ts'

/** Why no captcha header could be made. */
export class CaptchaError extends Error {
  readonly reason: 'required' | 'failed' | 'unsupported'

  constructor(reason: 'required' | 'failed' | 'unsupported') {
    super(`Captcha ${reason}`)
    this.name = 'CaptchaError'
    this.reason = reason
  }
}

/**
 * The browser's own key derivation for the challenge's algorithm (WebCrypto, so the work runs
 * natively and the page stays responsive). Loaded only when a captcha is solved.
 */
async function deriveKeyFor(algorithm: string): Promise<DeriveKeyFunction> {
  if (algorithm.startsWith('PBKDF2/')) {
    return (await import('altcha-lib/algorithms/web/pbkdf2')).deriveKey
  }
  if (/^SHA-(?:256|384|512)$/.test(algorithm)) {
    return (await import('altcha-lib/algorithms/web/sha')).deriveKey
  }
  throw new CaptchaError('unsupported')
}

const ATTEMPTS = 3

/**
 * Fetches a challenge and solves it on the main thread (altcha-lib yields to the page every
 * 200 ms; WebCrypto does the hashing), so no worker is needed under the strict CSP. Tries a new
 * challenge up to three times. Resolves to the `X-Captcha` header value.
 */
export async function solveCaptcha(signal?: AbortSignal): Promise<string> {
  // WebCrypto exists only in secure contexts (https, or http on localhost).
  if (!globalThis.crypto?.subtle) throw new CaptchaError('unsupported')
  let lastError: unknown
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const [{ solveChallenge }, challenge] = await Promise.all([
        import('altcha-lib'),
        getCaptchaChallenge({ signal }),
      ])
      const deriveKey = await deriveKeyFor(challenge.parameters.algorithm)
      const controller = new AbortController()
      const onAbort = () => controller.abort()
      signal?.addEventListener('abort', onAbort, { once: true })
      try {
        const solution = await solveChallenge({ challenge, deriveKey, controller, timeout: 60_000 })
        if (solution) return captchaHeaderValue(challenge, solution)
      } finally {
        signal?.removeEventListener('abort', onAbort)
      }
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError')
      lastError = new CaptchaError('failed')
    } catch (error) {
      if (isAbort(error)) throw error
      if (error instanceof CaptchaError && error.reason === 'unsupported') throw error
      lastError = error
    }
  }
  throw lastError instanceof CaptchaError ? lastError : new CaptchaError('failed')
}
