import type { paths } from './schema.gen.ts'

/*
 * Types of the resident API, read from schema.gen.ts (generated from the server's route
 * schemas by `npm run api-types`), so a change on the server that the portal does not follow
 * fails `tsc`. Paths are written as the client calls them, without API_BASE (`/resident/v1`).
 */

type Resident = {
  [K in keyof paths as K extends `/resident/v1${infer P}` ? P : never]: paths[K]
}

/** A route of the resident API, e.g. `/aid-stage/{aid}`. */
export type ApiPath = keyof Resident

type Operation<P extends ApiPath, M extends 'get' | 'post'> = NonNullable<Resident[P][M]>

type Json<T> = T extends { content: { 'application/json': infer J } } ? J : never

/** The success answer of an operation (routes that only refuse, e.g. without login, have none). */
type Ok<O> = O extends { responses: { 200: infer R } } ? R : never

/**
 * What a route answers in its envelope's `response` (MOSIP or IDA style), on success: the
 * client turns an answer without one into an error, so `null` is left out.
 */
export type ResponseOf<P extends ApiPath, M extends 'get' | 'post' = 'get'> = NonNullable<
  Json<Ok<Operation<P, M>>> extends { response: infer R } ? R : never
>

/** The JSON body a route accepts. */
export type RequestBodyOf<P extends ApiPath, M extends 'get' | 'post' = 'post'> = Json<
  Operation<P, M>['requestBody']
>

/** The query parameters a route accepts. */
export type QueryOf<P extends ApiPath, M extends 'get' | 'post' = 'get'> = NonNullable<
  Operation<P, M>['parameters']['query']
>

/** `T` with the keys `K` optional: fields of ours that a MOSIP server does not send. */
export type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
