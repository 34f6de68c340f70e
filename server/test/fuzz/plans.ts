/**
 * What to send, as plain data: an operation of the OpenAPI document and one thing to do to its
 * valid baseline request. Plans hold no request times or bodies, so they can be generated
 * ahead of time from a seed and turned into requests at the moment they are sent
 * (request.ts): the baseline's `requestTime` is then always fresh.
 */
import fc from 'fast-check'
import { badCases, fieldsOf, type Parameter, validValue } from '../bad-input-cases.ts'
import {
  CONTENT_TYPES,
  headerText,
  hostileBodyText,
  hostileHeaders,
  hostileJson,
  hostileString,
  METHODS,
  PROTOTYPE_KEYS,
  percentEncode,
} from './hostile.ts'
import type { FuzzOperation } from './operations.ts'

export type Mutation =
  /** The bad-input test's case number `index` of the route: one field broken its way. */
  | { kind: 'bad-case'; index: number }
  /** One path, query or header parameter set to a hostile value, or left out (null). */
  | { kind: 'param'; name: string; in: 'path' | 'query' | 'header'; value: string | null }
  /** One body field replaced by raw JSON text (a wrong type, a pathological value). */
  | { kind: 'field'; path: string[]; token: string }
  /** A key added to the body or one of its objects: a prototype key or a duplicate. */
  | { kind: 'key'; parent: string[]; key: string; token: string }
  /** A body that is not the route's JSON object, sent as JSON or as another media type. */
  | { kind: 'body'; text: string; contentType: string | null }
  /** The valid body under another media type (null: no Content-Type at all). */
  | { kind: 'content-type'; contentType: string | null }
  /** Extra query text: duplicates, prototype keys, array syntax, thousands of parameters. */
  | { kind: 'query'; extra: string }
  | { kind: 'headers'; headers: Record<string, string> }
  | { kind: 'method'; method: string }
  | { kind: 'url'; how: UrlChange }
  /** The valid request for one of the demo identities (its UIN, VID or AID in every id field). */
  | { kind: 'identity'; id: string }
  | { kind: 'valid' }

export type UrlChange =
  | 'trailing-slash'
  | 'double-slash'
  | 'dot-segment'
  | 'upper-case'
  | 'encoded-slash'
  | 'semicolon'
  | 'child'

export interface Plan {
  op: number
  mutation: Mutation
}

/** Parameter and field names that carry a UIN, VID or AID. */
export const ID_NAME = /^(individualId|aid|uin|vid)$/i

const hasIdField = (op: FuzzOperation) =>
  op.parameters.some((p) => ID_NAME.test(p.name)) ||
  (op.body ? fieldsOf(op.body).some((f) => ID_NAME.test(f.path.at(-1) ?? '')) : false)

/** The parameter's valid value; '' for an optional one without an example to build it from. */
function validOf(p: Parameter): string {
  try {
    return validValue(p.schema, p)
  } catch {
    return ''
  }
}

const typeOf = (schema: { type?: string | string[] }) =>
  Array.isArray(schema.type) ? schema.type[0] : schema.type

function queryExtra(op: FuzzOperation): fc.Arbitrary<string> {
  const query = op.parameters.filter((p) => p.in === 'query')
  const duplicates = query.length
    ? [
        fc
          .constantFrom(...query)
          .chain((p) =>
            fc
              .oneof(fc.constant(validOf(p)), hostileString(validOf(p)))
              .map((v) => `${p.name}=${percentEncode(v)}`),
          ),
      ]
    : []
  return fc.oneof(
    ...duplicates,
    fc.constantFrom(
      '__proto__=x',
      '__proto__[polluted]=1',
      'constructor[prototype][polluted]=1',
      'a[]=1&a[]=2',
      '&&&',
      '=',
      '==x',
      '%',
      'a=%ZZ',
      'a=%00',
    ),
    fc
      .integer({ min: 100, max: 2000 })
      .map((n) => Array.from({ length: n }, (_, i) => `p${i}=1`).join('&')),
  )
}

function planFor(op: FuzzOperation, ids: readonly string[]): fc.Arbitrary<Mutation> {
  const kinds: Array<fc.WeightedArbitrary<Mutation>> = []
  const add = (weight: number, arbitrary: fc.Arbitrary<Mutation>) =>
    kinds.push({ weight, arbitrary })
  const cases = badCases(op).length
  if (cases > 0)
    add(
      20,
      fc.nat({ max: cases - 1 }).map((index) => ({ kind: 'bad-case', index })),
    )
  if (op.parameters.length > 0) {
    add(
      25,
      fc.constantFrom(...op.parameters).chain((p) => {
        const valid = p.in === 'header' ? '0' : validOf(p)
        const value = p.in === 'header' ? headerText(valid) : hostileString(valid, { raw: true })
        return fc
          .option(value, { freq: 12, nil: null })
          .map((v): Mutation => ({ kind: 'param', name: p.name, in: p.in, value: v }))
      }),
    )
  }
  if (op.body) {
    const fields = fieldsOf(op.body)
    if (fields.length > 0) {
      add(
        20,
        fc
          .constantFrom(...fields)
          .chain((f) =>
            hostileJson(f.path.at(-1) ?? '').map(
              (token): Mutation => ({ kind: 'field', path: f.path, token }),
            ),
          ),
      )
    }
    const parents = [[], ...fields.filter((f) => typeOf(f.schema) === 'object').map((f) => f.path)]
    add(
      6,
      fc
        .record({
          parent: fc.constantFrom(...parents),
          key: fc.constantFrom(...PROTOTYPE_KEYS, ...fields.map((f) => f.path.at(-1) ?? 'id')),
          token: hostileJson('x'),
        })
        .map((r): Mutation => ({ kind: 'key', ...r })),
    )
    add(
      6,
      fc
        .constantFrom<string | null>(...CONTENT_TYPES, null)
        .map((contentType): Mutation => ({ kind: 'content-type', contentType })),
    )
  }
  add(
    op.body ? 8 : 2,
    fc
      .record({
        text: hostileBodyText,
        contentType: fc.oneof(
          { weight: 3, arbitrary: fc.constant('application/json') },
          { weight: 1, arbitrary: fc.constantFrom<string | null>(...CONTENT_TYPES, null) },
        ),
      })
      .map((r): Mutation => ({ kind: 'body', ...r })),
  )
  add(
    8,
    queryExtra(op).map((extra): Mutation => ({ kind: 'query', extra })),
  )
  add(
    8,
    hostileHeaders.map((headers): Mutation => ({ kind: 'headers', headers })),
  )
  add(
    4,
    fc
      .constantFrom(...METHODS.filter((m) => m !== op.method))
      .map((method): Mutation => ({ kind: 'method', method })),
  )
  add(
    4,
    fc
      .constantFrom<UrlChange>(
        'trailing-slash',
        'double-slash',
        'dot-segment',
        'upper-case',
        'encoded-slash',
        'semicolon',
        'child',
      )
      .map((how): Mutation => ({ kind: 'url', how })),
  )
  if (hasIdField(op) && ids.length > 0) {
    add(
      4,
      fc.constantFrom(...ids).map((id): Mutation => ({ kind: 'identity', id })),
    )
  }
  add(1, fc.constant<Mutation>({ kind: 'valid' }))
  return fc.oneof(...kinds)
}

/**
 * Plans over every operation. `weight` lets a caller send fewer requests to routes whose valid
 * answer is expensive (a PDF rendered per request), so the run's time stays bounded.
 */
export function planArbitrary(
  ops: readonly FuzzOperation[],
  ids: readonly string[],
  weight: (op: FuzzOperation) => number = () => 1,
): fc.Arbitrary<Plan> {
  return fc.oneof(
    ...ops.map((op, index) => ({
      weight: weight(op),
      arbitrary: planFor(op, ids).map((mutation): Plan => ({ op: index, mutation })),
    })),
  )
}
