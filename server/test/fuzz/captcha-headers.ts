/**
 * Hostile `X-Captcha` headers. The main fuzz run turns the captcha off (a proof of work per
 * request would take the whole time budget), which leaves the header's parser unfuzzed: this
 * builds headers from a real challenge and a made-up solution with one leaf of the JSON
 * replaced (wrong type, 1e999, prototype keys, huge numbers), or not base64 JSON at all.
 */
import fc from 'fast-check'
import { withField } from '../bad-input-cases.ts'
import { headerText, hostileJson, PROTOTYPE_KEYS } from './hostile.ts'

const VALUE = '\u2063fuzz-value\u2063'
const KEY = '\u2063fuzz-key\u2063'

/** Every path to a leaf or object of `value`, the root excluded. */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [at]
  const inner = Object.entries(value).flatMap(([key, v]) => pathsOf(v, [...at, key]))
  return at.length > 0 ? [at, ...inner] : inner
}

const encodings = [
  (text: string) => Buffer.from(text).toString('base64'),
  (text: string) => Buffer.from(text).toString('base64url'),
  (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, ''),
  (text: string) => ` ${Buffer.from(text).toString('base64')}`,
]

/** Headers that must all be refused (RES-SER-909): none carries a solved challenge. */
export function captchaHeaders(challenge: object): fc.Arbitrary<string> {
  const payload = {
    challenge,
    solution: { counter: 123, derivedKey: 'ab'.repeat(32), time: 1.5 },
  }
  const paths = pathsOf(payload)
  const objects = [[], ...paths.filter((p) => p.length < 3)]
  const text = fc.oneof(
    fc.constant(JSON.stringify(payload)),
    fc
      .record({ path: fc.constantFrom(...paths), token: hostileJson('x') })
      .map(({ path, token }) =>
        JSON.stringify(withField(payload, path, VALUE)).replace(JSON.stringify(VALUE), () => token),
      ),
    fc
      .record({
        parent: fc.constantFrom(...objects),
        key: fc.constantFrom(...PROTOTYPE_KEYS),
        token: hostileJson('x'),
      })
      .map(({ parent, key, token }) =>
        JSON.stringify(withField(payload, [...parent, KEY], VALUE)).replace(
          `${JSON.stringify(KEY)}:${JSON.stringify(VALUE)}`,
          () => `${JSON.stringify(key)}:${token}`,
        ),
      ),
  )
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(text, fc.constantFrom(...encodings)).map(([t, e]) => e(t)) },
    { weight: 2, arbitrary: headerText('eyJjaGFsbGVuZ2UiOnt9fQ==') },
  )
}
