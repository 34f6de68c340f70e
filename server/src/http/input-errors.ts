import type { FastifyError, FastifyRequest } from 'fastify'
import { type ErrorCode, ResidentError } from '../resident/errors.ts'

/**
 * Which code a request that fails its route schema gets. MOSIP's services differ here: the
 * resident service answers RES-SER-414/410, ID authentication IDA-MLC-006/009, the masterdata
 * proxies pass anything on and answer RES-SER-418. Each route says which rule is its own; the
 * finer reason (the parameter) always goes into the message, never into another code.
 */
export interface InputErrorRule {
  /** A required field that is absent (or empty, with `emptyIsMissing`). */
  missing: ErrorCode
  /** A field that is present but not acceptable. */
  invalid: ErrorCode
  /** An empty string or list counts as missing (ID authentication's `StringUtils.isEmpty`). */
  emptyIsMissing?: boolean
  /** Codes of single fields, by dotted path (`request.otp`), where the service checks them apart. */
  fields?: Record<string, Partial<Pick<InputErrorRule, 'missing' | 'invalid'>>>
}

declare module 'fastify' {
  interface FastifyContextConfig {
    inputErrors?: InputErrorRule
  }
}

/** The resident service's own validation: RES-SER-414 missing, RES-SER-410 invalid. */
export const RESIDENT_INPUT: InputErrorRule = { missing: 'RES-SER-414', invalid: 'RES-SER-410' }

/** ID authentication's validation: IDA-MLC-006 missing or empty, IDA-MLC-009 invalid. */
export const IDA_INPUT: InputErrorRule = {
  missing: 'IDA-MLC-006',
  invalid: 'IDA-MLC-009',
  emptyIsMissing: true,
}

/** Codes whose registry message is "… Parameter": the detail is the parameter's name alone. */
const NAMES_A_PARAMETER = new Set<ErrorCode>([
  'RES-SER-410',
  'RES-SER-414',
  'IDA-MLC-006',
  'IDA-MLC-009',
])

interface Issue {
  /** Dotted path of the field, e.g. `request.otp`; `request` for the whole input. */
  field: string
  missing: boolean
}

/** The field one schema validation error is about, and whether it is absent or empty. */
function issueOf(error: FastifyError, rule: InputErrorRule): Issue {
  const first = error.validation?.[0]
  if (!first) return { field: error.validationContext ?? 'request', missing: false }
  const path = (first.instancePath ?? '').split('/').filter(Boolean)
  const params = first.params as
    | { missingProperty?: string; limit?: number }
    | Record<string, unknown>
    | undefined
  const missingProperty = params?.missingProperty
  if (typeof missingProperty === 'string') {
    return { field: [...path, missingProperty].join('.'), missing: true }
  }
  // An item of a list stands for the list (`otpChannel.0` → `otpChannel`).
  const named = path.filter((segment) => !/^\d+$/.test(segment))
  const field = named.join('.') || error.validationContext || 'request'
  const empty =
    (first.keyword === 'minLength' || first.keyword === 'minItems') && params?.limit === 1
  return { field, missing: Boolean(rule.emptyIsMissing) && empty }
}

/** The route's rule: its own, else its response shape's (IDA-style routes are IDA's). */
export function inputRuleOf(request: FastifyRequest): InputErrorRule {
  const config = request.routeOptions?.config
  if (config?.inputErrors) return config.inputErrors
  return config?.envelope?.shape === 'ida' ? IDA_INPUT : RESIDENT_INPUT
}

/** A field's error under a rule, with the field named in the message. */
export function inputError(rule: InputErrorRule, field: string, missing: boolean): ResidentError {
  const own = rule.fields?.[field]
  const code = missing ? (own?.missing ?? rule.missing) : (own?.invalid ?? rule.invalid)
  if (NAMES_A_PARAMETER.has(code)) return new ResidentError(code, field)
  return new ResidentError(code, missing ? `${field} is missing` : `${field} is not valid`)
}

/** A schema validation failure as the route's service would have answered it. */
export function schemaInputError(error: FastifyError, request: FastifyRequest): ResidentError {
  const rule = inputRuleOf(request)
  const { field, missing } = issueOf(error, rule)
  return inputError(rule, field, missing)
}
