/**
 * The fuzzer's view of the API: every operation of the OpenAPI document the server generates
 * from its route schemas, in the form bad-input-cases.ts builds requests from, plus what the
 * oracle needs to judge an answer (the route's error shape, whether it may answer a PDF).
 */
import type { FastifyInstance } from 'fastify'
import type { JsonSchema, Operation, Parameter } from '../bad-input-cases.ts'

/** `mosip` envelope, IDA style (OTP-send routes), or a bare document (`/.well-known/…`). */
export type Shape = 'mosip' | 'ida' | 'bare'

export interface FuzzOperation extends Operation {
  key: string
  shape: Shape
  /** Whether a 200 may be a PDF (the downloads). */
  pdf: boolean
}

interface Media {
  schema?: JsonSchema & { properties?: Record<string, JsonSchema> }
  example?: unknown
}
interface DocumentOperation {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, Media> }
  responses?: Record<string, { content?: Record<string, Media> }>
  'x-error-codes'?: string[]
}

/** The error item's text field tells the shapes apart: IDA's `errorMessage`, MOSIP's `message`. */
function shapeOf(schema: Media['schema']): Shape {
  const errors = schema?.properties?.errors
  if (!errors) return 'bare'
  return JSON.stringify(errors).includes('"errorMessage"') ? 'ida' : 'mosip'
}

export async function loadOperations(app: FastifyInstance): Promise<FuzzOperation[]> {
  const res = await app.inject({ url: '/resident/v1/api-docs' })
  const doc = res.json() as { paths: Record<string, Record<string, DocumentOperation>> }
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): FuzzOperation => {
      const json = op.requestBody?.content?.['application/json']
      const ok = op.responses?.['200']?.content ?? {}
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        ...(op.requestBody ? { body: json?.schema ?? {}, bodyExample: json?.example } : {}),
        ...(op['x-error-codes'] ? { errorCodes: op['x-error-codes'] } : {}),
        shape: shapeOf(ok['application/json']?.schema),
        pdf: 'application/pdf' in ok,
      }
    }),
  )
}
