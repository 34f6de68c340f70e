/**
 * Hostile values for the fuzzer: text that has broken parsers, regexes, databases, PDF shaping
 * and logs elsewhere, numbers JSON and JSON Schema read differently, JSON that is legal but
 * pathological, and the media types, methods and headers a careless or malicious client sends.
 * Everything is a fast-check arbitrary so a seed replays it exactly.
 */
import fc from 'fast-check'

/**
 * Single characters worth inserting into an otherwise valid value: C0/C1 controls and NUL
 * (PostgreSQL text refuses NUL), line separators JSON allows raw, bidi overrides and isolates,
 * zero-width characters and the BOM, lone surrogates (not UTF-8-encodable), combining marks,
 * look-alike digits (Arabic-Indic, fullwidth) that `\d`-style checks or Number() may accept,
 * case-folding oddities, and the punctuation of SQL, HTML, paths and query strings.
 */
export const HOSTILE_CHARS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200B',
  '\u200D',
  '\u200F',
  '\uFEFF',
  '\u00AD',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  '\u0301',
  '\u0663',
  '\uFF11',
  'İ',
  'ß',
  'ﬀ',
  '👨‍👩‍👧',
  '%',
  '\\',
  '"',
  "'",
  '<',
  '&',
  '/',
  ';',
  '?',
  '#',
  '*',
  '{',
  '[',
  ' ',
] as const

/** Text a number parser, a JSON-Schema coercion or a `\d` test may read differently. */
export const NUMBER_TEXTS = [
  '1e999',
  '-1e999',
  '-0',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '1e3',
  '1_000',
  '.5',
  '5.',
  '+5',
  '00000000001',
  '9007199254740993',
  '1'.repeat(400),
  '١٢٣',
  '１２３',
  ' 1',
  'null',
  'true',
  '[]',
] as const

/** Keys that mutate prototypes when an object is merged or assigned carelessly. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
] as const

/** Sent as they are, already percent-encoded (bad-input-cases' `raw:` convention). */
const RAW_ESCAPES = ['%ED%A0%80', '%C0%AF', '%%41', '%FF%FE', '%00', '%2F..%2F', '%E2%80%AE', '%']

/** A valid value with one hostile character put before, after, inside or instead of it. */
function mutated(valid: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...HOSTILE_CHARS),
      fc.constantFrom('prefix', 'suffix', 'insert', 'replace'),
      fc.nat(),
    )
    .map(([char, where, at]) => {
      const i = valid.length === 0 ? 0 : at % valid.length
      if (where === 'prefix') return char + valid
      if (where === 'suffix') return valid + char
      if (where === 'insert') return valid.slice(0, i) + char + valid.slice(i)
      return valid.slice(0, i) + char + valid.slice(i + 1)
    })
}

/**
 * Hostile text for a field whose valid value is `valid`. Mostly near-valid (so it gets past the
 * first checks and reaches deeper code), with huge strings kept rare: they are slow to build,
 * send and log, and one in fifty finds what one in five would.
 */
export function hostileString(valid: string, { raw = false } = {}): fc.Arbitrary<string> {
  const parts: Array<fc.WeightedArbitrary<string>> = [
    { weight: 30, arbitrary: mutated(valid) },
    { weight: 10, arbitrary: fc.constantFrom(...NUMBER_TEXTS) },
    { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 8, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    {
      weight: 6,
      arbitrary: fc
        .array(fc.constantFrom(...HOSTILE_CHARS), { minLength: 1, maxLength: 20 })
        .map((chars) => chars.join('')),
    },
    { weight: 4, arbitrary: fc.constantFrom('', ' ', valid.repeat(2), valid.toLowerCase()) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom('x', '9', '\u200B', 'é', '\u0000'),
          fc.integer({ min: 300, max: 30_000 }),
        )
        .map(([char, n]) => char.repeat(n)),
    },
  ]
  if (raw)
    parts.push({ weight: 5, arbitrary: fc.constantFrom(...RAW_ESCAPES).map((s) => `raw:${s}`) })
  return fc.oneof(...parts)
}

/** Raw JSON text that is legal but pathological: what JSON.stringify never writes. */
const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`

export const RAW_JSON_TOKENS = [
  '1e999',
  '-1e999',
  '-0',
  '1E+400',
  '123456789012345678901234567890',
  '1e-400',
  '"\\u0000"',
  '"\\ud800"',
  '"\\u202e\\u200b"',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":[]}]',
] as const

/** A JSON value (as text) of the wrong kind, or a hostile one of the right kind. */
export function hostileJson(valid: unknown): fc.Arbitrary<string> {
  const validText = typeof valid === 'string' ? valid : JSON.stringify(valid ?? '')
  return fc.oneof(
    { weight: 25, arbitrary: hostileString(validText).map((s) => JSON.stringify(s)) },
    { weight: 15, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
    { weight: 10, arbitrary: fc.constantFrom(...RAW_JSON_TOKENS) },
    {
      weight: 6,
      arbitrary: fc.constantFrom('null', 'true', 'false', '0', '-1', '1.5', '[]', '{}', '[1,2]'),
    },
    { weight: 2, arbitrary: fc.integer({ min: 64, max: 20_000 }).map(deepArray) },
    { weight: 2, arbitrary: fc.integer({ min: 64, max: 20_000 }).map(deepObject) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => `[${'1,'.repeat(n)}1]`),
    },
  )
}

/** Whole bodies that are not the route's JSON object at all. */
export const hostileBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'null',
    'true',
    '0',
    '"text"',
    '[]',
    '{',
    '{"a":1,}',
    "{'a':1}",
    'not json',
    '\uFEFF{}',
    '{"a":"\u0000"}',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
  ),
  fc.integer({ min: 64, max: 20_000 }).map(deepArray),
  fc.integer({ min: 64, max: 20_000 }).map(deepObject),
  fc.string({ unit: 'binary', maxLength: 64 }),
)

/** Media types: wrong ones, odd spellings of the right one, a charset nobody should accept. */
export const CONTENT_TYPES = [
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/json;;',
  'application/json, text/plain',
  'application/jsonx',
  'application/vnd.api+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/octet-stream',
  '*/*',
  ';',
] as const

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/**
 * Header values a client can send over HTTP/1.1 (visible Latin-1 and tab only: Node refuses
 * anything else before the server sees it, so other characters test nothing of ours).
 */
export const headerText = (valid: string) =>
  hostileString(valid).map((s) => s.replace(/[^\t\x20-\x7E\x80-\xFF]/g, '').slice(0, 9000))

/** Headers of the login, CSRF, captcha, proxy and content-negotiation machinery. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  headerText('Bearer a.b.c').map((v) => ({ authorization: v })),
  headerText('a.b.c').map((v) => ({ cookie: `Authorization=${v}` })),
  fc.constantFrom<Record<string, string>>(
    { cookie: '__proto__=1; constructor=2' },
    { cookie: 'Authorization=eyJhbGciOiJub25lIn0.e30.' },
    { cookie: ';;;=;' },
    { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
    { authorization: `Bearer ${'a'.repeat(9000)}.b.c` },
    { origin: 'null' },
    { origin: 'https://evil.example' },
    { 'sec-fetch-site': 'cross-site' },
    { 'x-forwarded-for': '1.2.3.4, ::1, garbage' },
    { accept: 'application/pdf' },
    { accept: 'text/html;q=abc' },
    { 'accept-encoding': 'br;q=1, gzip;q=abc, *' },
    { 'accept-encoding': 'identity;q=0' },
    { 'accept-language': 'ar;q=0.9, *;q=x' },
    { 'x-captcha': 'bm90IGpzb24=' },
  ),
  headerText('e30=').map((v) => ({ 'x-captcha': v })),
)

/**
 * Percent-encodes like encodeURIComponent, but writes a lone surrogate (which that function
 * refuses) as the bytes WTF-8 gives it, so the server receives the invalid UTF-8 a real
 * client could send.
 */
export function percentEncode(value: string): string {
  let out = ''
  for (const char of value) {
    const unit = char.charCodeAt(0)
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 63), 0x80 | (unit & 63)]
      out += bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('')
    } else out += encodeURIComponent(char)
  }
  return out
}

/** A path or query value for bad-input-cases' `buildUrl`, lone surrogates included. */
export const urlValue = (value: string) =>
  value.startsWith('raw:') ? value : `raw:${percentEncode(value)}`
