/**
 * Generates bad requests from the OpenAPI document: for every route and every parameter, values
 * that break the parameter's schema (wrong type, out of range, overlong, odd Unicode), while the
 * other parameters keep valid values, so each request fails for exactly one reason.
 */

export interface JsonSchema {
  type?: string | string[]
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minLength?: number
  maxLength?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  default?: unknown
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonSchema
}

export interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body?: JsonSchema
}

export interface BadCase {
  label: string
  method: string
  url: string
  payload?: unknown
  /** An empty path segment may land on another documented route, which may then succeed. */
  mayMatchOtherRoute?: boolean
}

/** A value the schema accepts. */
export function validValue(schema: JsonSchema): string {
  if (schema.const !== undefined) return String(schema.const)
  if (schema.enum) return String(schema.enum[0])
  if (schema.anyOf?.[0]) return validValue(schema.anyOf[0])
  if (schema.default !== undefined) return String(schema.default)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' || type === 'number') {
    return String(schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1)
  }
  if (schema.pattern === '^[a-z]{3}$') return 'eng'
  if (schema.pattern) return 'ABC1'
  return 'abcd'
}

/** Values sent as they are, already percent-encoded: invalid UTF-8 and broken escapes. */
const RAW = 'raw:'
const ODD_UNICODE = [
  '\u0000abc',
  'ab\u202Ecd',
  '\u200B\u200B\u200B',
  '%%%',
  `${RAW}%ED%A0%80xyz`,
  `${RAW}%C0%AFabc`,
  `${RAW}%%41`,
]

const encode = (value: string) =>
  value.startsWith(RAW) ? value.slice(RAW.length) : encodeURIComponent(value)

/** Values that break the schema, each with a short label. */
export function badValues(schema: JsonSchema): Array<[string, string]> {
  const enumLike = schema.enum || schema.anyOf?.every((member) => 'const' in member)
  if (schema.anyOf && !enumLike) return badValues(schema.anyOf[0] ?? {})
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  const variants: Array<[string, string]> = [
    ['overlong', 'x'.repeat(5000)],
    ['empty', ''],
  ]
  if (type === 'integer' || type === 'number') {
    variants.push(['not a number', 'abc'], ['NaN', 'NaN'], ['huge', '1e999'])
    if (schema.minimum !== undefined) variants.push(['below minimum', String(schema.minimum - 1)])
    if (schema.maximum !== undefined) variants.push(['above maximum', String(schema.maximum + 1)])
    if (type === 'integer') variants.push(['fraction', '1.5'])
  } else if (enumLike) {
    variants.push(['not in enum', 'zzz'])
  } else {
    if (schema.pattern) variants.push(['pattern', 'a b/;'])
    if (schema.maxLength !== undefined)
      variants.push(['too long', 'a'.repeat(schema.maxLength + 1)])
    for (const odd of ODD_UNICODE) variants.push([`odd unicode ${JSON.stringify(odd)}`, odd])
  }
  return variants
}

function buildUrl(op: Operation, values: Record<string, string>, query: Record<string, string>) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encode(values[name] ?? ''))
  const search = Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encode(value)}`)
    .join('&')
  return search ? `${path}?${search}` : path
}

export function badCases(op: Operation): BadCase[] {
  const valid: Record<string, string> = {}
  const validQuery: Record<string, string> = {}
  for (const p of op.parameters) {
    if (p.in === 'path') valid[p.name] = validValue(p.schema)
    if (p.in === 'query' && p.required) validQuery[p.name] = validValue(p.schema)
  }
  const cases: BadCase[] = []
  for (const p of op.parameters) {
    if (p.in === 'header') continue
    for (const [label, value] of badValues(p.schema)) {
      // An empty optional query parameter means "use the default", which is not an error.
      if (p.in === 'query' && !p.required && label === 'empty') continue
      if (p.in === 'path') {
        // An empty path segment is another route (or none): still must not fail.
        cases.push({
          label: `${p.name}: ${label}`,
          method: op.method,
          url: buildUrl(op, { ...valid, [p.name]: value }, validQuery),
          mayMatchOtherRoute: value === '',
        })
      } else {
        cases.push({
          label: `?${p.name}: ${label}`,
          method: op.method,
          url: buildUrl(op, valid, { ...validQuery, [p.name]: value }),
        })
      }
    }
    if (p.in === 'query' && p.required) {
      const { [p.name]: _dropped, ...rest } = validQuery
      cases.push({
        label: `?${p.name}: missing`,
        method: op.method,
        url: buildUrl(op, valid, rest),
      })
    }
  }
  if (op.body) {
    const url = buildUrl(op, valid, validQuery)
    cases.push({ label: 'body: not an object', method: op.method, url, payload: [1, 2] })
    cases.push({ label: 'body: empty object', method: op.method, url, payload: {} })
    cases.push({
      label: 'body: request wrong type',
      method: op.method,
      url,
      payload: { request: 7 },
    })
  }
  return cases
}
