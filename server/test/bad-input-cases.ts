/**
 * Generates bad requests from the OpenAPI document. Every route first gets a baseline: a request
 * that is valid in every part, its values taken from the examples the route schemas publish (a
 * schema without one gets a value generated from its type). Then, for every parameter and body
 * field, values that break that one field's schema (wrong type, out of range, overlong, odd
 * Unicode, absent) while everything else keeps the baseline's value: each request fails for
 * exactly one reason, and reaches the code that checks it.
 */

export interface JsonSchema {
  type?: string | string[]
  pattern?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  default?: unknown
  example?: unknown
  examples?: unknown[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonSchema
  example?: unknown
}

export interface Operation {
  method: string
  path: string
  parameters: Parameter[]
  body?: JsonSchema
  /** The body's example as the document publishes it (media `example`), if any. */
  bodyExample?: unknown
  /** The route's own error codes (`x-error-codes`). */
  errorCodes?: string[]
}

export interface BadCase {
  label: string
  method: string
  url: string
  payload?: unknown
  /** An empty path segment may land on another documented route, which may then succeed. */
  mayMatchOtherRoute?: boolean
}

/** The schema's own example, if it publishes one. */
function exampleOf(schema: JsonSchema, parameter?: Parameter): unknown {
  return schema.examples?.[0] ?? schema.example ?? parameter?.example
}

/** A value the schema accepts, as text (path and query values). */
export function validValue(schema: JsonSchema, parameter?: Parameter): string {
  const example = exampleOf(schema, parameter)
  if (example !== undefined) return String(example)
  if (schema.const !== undefined) return String(schema.const)
  if (schema.enum) return String(schema.enum[0])
  if (schema.anyOf?.[0]) return validValue(schema.anyOf[0])
  if (schema.default !== undefined) return String(schema.default)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' || type === 'number') {
    return String(schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1)
  }
  if (schema.pattern) {
    throw new Error(`no example for a value with pattern ${schema.pattern}: add one to the schema`)
  }
  return 'abcd'
}

/** Request times must be now (ID authentication checks their skew), whatever the example says. */
const FRESH_TIME = /^request_?time$/i

/** A JSON value the schema accepts (bodies), examples first. */
export function validJson(schema: JsonSchema, name = ''): unknown {
  if (FRESH_TIME.test(name)) return new Date().toISOString()
  const example = exampleOf(schema)
  if (example !== undefined) return freshTimes(example)
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (schema.anyOf?.[0] && !type) return validJson(schema.anyOf[0], name)
  if (type === 'object') {
    const value: Record<string, unknown> = {}
    for (const field of schema.required ?? []) {
      value[field] = validJson(schema.properties?.[field] ?? {}, field)
    }
    return value
  }
  if (type === 'array') return [validJson(schema.items ?? {}, name)]
  if (type === 'null') return null
  if (type === 'boolean') return true
  return validValue(schema)
}

function freshTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(freshTimes)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      FRESH_TIME.test(key) ? new Date().toISOString() : freshTimes(inner),
    ]),
  )
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
    if (schema.pattern) variants.push(['pattern', 'a b/;'], ['negative', '-1'])
    if (schema.maxLength !== undefined)
      variants.push(['too long', 'a'.repeat(schema.maxLength + 1)])
    for (const odd of ODD_UNICODE) variants.push([`odd unicode ${JSON.stringify(odd)}`, odd])
  }
  return variants
}

/**
 * Bad JSON values of one body field: values of the wrong kind, too long, and, where the field
 * has a pattern, its text variants (free text may hold any character a person can type).
 */
function badJson(schema: JsonSchema, required: boolean): Array<[string, unknown]> {
  const enumLike = schema.enum || schema.anyOf?.every((member) => 'const' in member)
  const own = schema.anyOf && !enumLike ? (schema.anyOf[0] ?? {}) : schema
  const type = Array.isArray(own.type) ? own.type[0] : own.type
  if (type === 'object')
    return [
      ['not an object', 'text'],
      ['array', [1]],
    ]
  if (type === 'array') {
    const item = own.items ?? {}
    return [
      ['not a list', 'text'],
      ['empty list', []],
      ...badJson(item, true).map(([label, value]): [string, unknown] => [`item ${label}`, [value]]),
    ]
  }
  const variants: Array<[string, unknown]> = [['an object', { a: 1 }]]
  if (own.pattern || enumLike || type === 'integer' || type === 'number') {
    for (const [label, value] of badValues(schema)) {
      if (value.startsWith(RAW)) continue
      if (label === 'empty' && !required) continue
      variants.push([label, value])
    }
    return variants
  }
  if (own.maxLength !== undefined) {
    variants.push(['too long', 'a'.repeat(own.maxLength + 1)], ['overlong', 'x'.repeat(5000)])
  }
  if (required && (own.minLength ?? 0) > 0) variants.push(['empty', ''])
  return variants
}

/** Every field of a body, nested objects included, with its dotted path. */
export function fieldsOf(
  schema: JsonSchema,
  path: string[] = [],
): Array<{ path: string[]; schema: JsonSchema; required: boolean }> {
  const out: Array<{ path: string[]; schema: JsonSchema; required: boolean }> = []
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const here = [...path, name]
    out.push({ path: here, schema: field, required: schema.required?.includes(name) ?? false })
    const type = Array.isArray(field.type) ? field.type[0] : field.type
    if (type === 'object' && field.properties) out.push(...fieldsOf(field, here))
  }
  return out
}

/** A copy of `body` with the field at `path` set to `value`, or removed (`undefined`). */
export function withField(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>
  let at: Record<string, unknown> = copy
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {}
    at = at[key] as Record<string, unknown>
  }
  const last = path.at(-1) as string
  if (value === undefined) delete at[last]
  else at[last] = value
  return copy
}

export function buildUrl(
  op: Operation,
  values: Record<string, string>,
  query: Record<string, string>,
) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encode(values[name] ?? ''))
  const search = Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encode(value)}`)
    .join('&')
  return search ? `${path}?${search}` : path
}

/** Valid path values, and the query: every required parameter and every one with an example. */
export function validParameters(op: Operation) {
  const path: Record<string, string> = {}
  const query: Record<string, string> = {}
  for (const p of op.parameters) {
    if (p.in === 'path') path[p.name] = validValue(p.schema, p)
    if (p.in === 'query' && (p.required || exampleOf(p.schema, p) !== undefined)) {
      query[p.name] = validValue(p.schema, p)
    }
  }
  return { path, query }
}

/** The valid request every bad case of the route departs from. */
export function baseline(op: Operation): BadCase & { body?: unknown } {
  const { path, query } = validParameters(op)
  const body = op.body
    ? op.bodyExample !== undefined
      ? freshTimes(op.bodyExample)
      : validJson(op.body)
    : undefined
  return {
    label: 'baseline',
    method: op.method,
    url: buildUrl(op, path, query),
    ...(body !== undefined ? { payload: body, body } : {}),
  }
}

export function badCases(op: Operation): BadCase[] {
  const { path: valid, query: validQuery } = validParameters(op)
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
    if (p.in === 'query' && validQuery[p.name] !== undefined) {
      const { [p.name]: _dropped, ...rest } = validQuery
      cases.push({
        label: `?${p.name}: ${p.required ? 'missing' : 'left out'}`,
        method: op.method,
        url: buildUrl(op, valid, rest),
      })
    }
  }
  if (op.body) {
    const url = buildUrl(op, valid, validQuery)
    const body = baseline(op).body
    cases.push({ label: 'body: not an object', method: op.method, url, payload: [1, 2] })
    cases.push({ label: 'body: empty object', method: op.method, url, payload: {} })
    cases.push({
      label: 'body: request wrong type',
      method: op.method,
      url,
      payload: { request: 7 },
    })
    for (const field of fieldsOf(op.body)) {
      const name = field.path.join('.')
      if (field.required) {
        cases.push({
          label: `body ${name}: missing`,
          method: op.method,
          url,
          payload: withField(body, field.path, undefined),
        })
      }
      for (const [label, value] of badJson(field.schema, field.required)) {
        cases.push({
          label: `body ${name}: ${label}`,
          method: op.method,
          url,
          payload: withField(body, field.path, value),
        })
      }
    }
  }
  return cases
}
