/**
 * Turns a plan into the request `app.inject()` sends, from the route's baseline at that moment
 * (bad-input-cases.ts builds it, with a fresh `requestTime`). Bodies are sent as text, so a
 * plan can put JSON there that JSON.stringify never writes: 1e999, -0, duplicate keys,
 * `__proto__` as an own key, 20,000 levels of nesting.
 */
import type { InjectOptions } from 'fastify'
import {
  badCases,
  baseline,
  buildUrl,
  fieldsOf,
  validParameters,
  withField,
} from '../bad-input-cases.ts'
import { urlValue } from './hostile.ts'
import type { FuzzOperation } from './operations.ts'
import { ID_NAME, type Plan, type UrlChange } from './plans.ts'

export interface FuzzRequest {
  options: InjectOptions & { method: string; url: string; headers: Record<string, string> }
  /** What was done to the baseline, for failure reports and counts. */
  label: string
  /**
   * The request still reaches its route as that route (method and path template unchanged):
   * its answer must then use the route's own codes and shape.
   */
  intact: boolean
}

// Stand-ins replaced in the JSON text; nothing a baseline holds looks like them.
const VALUE = '\u2063fuzz-value\u2063'
const KEY = '\u2063fuzz-key\u2063'

/**
 * Each request comes from its own address (10.x.y.z), so the fixed per-address budgets (audit
 * proxy, captcha challenge) do not turn most of the run into 429s; the configurable ones are
 * raised by the caller as well.
 */
const addressOf = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

function changeUrl(url: string, how: UrlChange): string {
  const [path = '', query] = url.split('?', 2)
  const q = query === undefined ? '' : `?${query}`
  switch (how) {
    case 'trailing-slash':
      return `${path}/${q}`
    case 'double-slash':
      return `${path.replace('/v1/', '/v1//')}${q}`
    case 'dot-segment':
      return `${path.replace('/v1/', '/v1/x/../')}${q}`
    case 'upper-case':
      return `${path.toUpperCase()}${q}`
    case 'encoded-slash':
      return `${path.replace(/\/([^/]*)$/, '%2F$1')}${q}`
    case 'semicolon':
      return `${path};jsessionid=1${q}`
    case 'child':
      return `${path}/extra${q}`
  }
}

/**
 * URL changes after which the router still picks the same route: trailing and duplicate
 * slashes are ignored, and inject() resolves dot segments as every HTTP client does.
 */
const SAME_ROUTE: ReadonlySet<UrlChange> = new Set([
  'trailing-slash',
  'double-slash',
  'dot-segment',
])

export function materialize(ops: readonly FuzzOperation[], plan: Plan, n: number): FuzzRequest {
  const op = ops[plan.op] as FuzzOperation
  const base = baseline(op)
  const m = plan.mutation
  let method = op.method
  let url = base.url
  let intact = true
  let body: unknown = base.body
  let text: string | undefined
  const headers: Record<string, string> = {}
  let contentType: string | null = 'application/json'
  const label = m.kind === 'param' ? `param ${m.name}` : m.kind

  switch (m.kind) {
    case 'bad-case': {
      const kase = badCases(op)[m.index]
      if (kase) {
        url = kase.url
        body = kase.payload
        intact = !kase.mayMatchOtherRoute
      }
      break
    }
    case 'param': {
      const { path, query } = validParameters(op)
      if (m.in === 'header') {
        if (m.value !== null) headers[m.name] = m.value
        break
      }
      const at = m.in === 'path' ? path : query
      if (m.value === null) delete at[m.name]
      else at[m.name] = urlValue(m.value)
      // An empty path segment may reach another route (or none).
      if (m.in === 'path' && !m.value) intact = false
      url = buildUrl(op, path, query)
      break
    }
    case 'field':
      // A function as replacement: the token's own `$&` or `$'` must stay as they are.
      text = JSON.stringify(withField(body, m.path, VALUE)).replace(
        JSON.stringify(VALUE),
        () => m.token,
      )
      break
    case 'key':
      text = JSON.stringify(withField(body, [...m.parent, KEY], VALUE)).replace(
        `${JSON.stringify(KEY)}:${JSON.stringify(VALUE)}`,
        () => `${JSON.stringify(m.key)}:${m.token}`,
      )
      break
    case 'body':
      text = m.text
      contentType = m.contentType
      break
    case 'content-type':
      contentType = m.contentType
      break
    case 'query':
      url += `${url.includes('?') ? '&' : '?'}${m.extra}`
      break
    case 'headers':
      Object.assign(headers, m.headers)
      break
    case 'method':
      method = m.method
      intact = false
      break
    case 'url':
      url = changeUrl(url, m.how)
      intact = SAME_ROUTE.has(m.how)
      break
    case 'identity': {
      const { path, query } = validParameters(op)
      for (const p of op.parameters) {
        if (!ID_NAME.test(p.name)) continue
        if (p.in === 'path') path[p.name] = m.id
        if (p.in === 'query') query[p.name] = m.id
      }
      url = buildUrl(op, path, query)
      for (const f of op.body ? fieldsOf(op.body) : []) {
        if (ID_NAME.test(f.path.at(-1) ?? '')) body = withField(body, f.path, m.id)
      }
      break
    }
    case 'valid':
      break
  }
  if (text === undefined && body !== undefined) text = JSON.stringify(body)
  if (text !== undefined && contentType !== null) headers['content-type'] = contentType
  return {
    options: {
      method,
      url,
      headers,
      remoteAddress: addressOf(n),
      ...(text !== undefined ? { payload: text } : {}),
    },
    label,
    intact,
  }
}
