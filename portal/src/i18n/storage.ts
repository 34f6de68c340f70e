/**
 * The remembered language choice. Storage can be missing or throw (private mode, blocked
 * cookies, sandboxed frames); the portal then simply forgets the choice on reload.
 */
const KEY = 'resident.langCode'

export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null
  } catch {
    return null
  }
}

export function storeLanguage(code: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, code)
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}
