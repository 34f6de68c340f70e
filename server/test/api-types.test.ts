import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { API_TYPES_FILE, openApiDocument, renderApiTypes } from '../../scripts/api-types.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import { cloneTemplate } from './database-template.ts'

describe("the portal's API types (portal/src/api/schema.gen.ts)", () => {
  let handle: DatabaseHandle
  beforeAll(async () => {
    handle = await cloneTemplate(inject('dbTemplate'))
  })
  afterAll(() => handle.close())

  it('match the OpenAPI document the route schemas generate', async () => {
    const document = await openApiDocument(handle.db)
    const expected = await renderApiTypes(document)
    const committed = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : ''
    // A route schema changed without the portal's types: run `npm run api-types`.
    expect(committed, 'schema.gen.ts is out of date: run npm run api-types').toBe(expected)
  })

  it('change when a route schema changes', async () => {
    const document = await openApiDocument(handle.db)
    const route = '/resident/v1/aid-stage/{aid}'
    expect(Object.keys(document.paths ?? {}), 'the portal reads /aid-stage').toContain(route)
    const changed = structuredClone(document)
    delete changed.paths?.[route]
    expect(await renderApiTypes(document)).toContain(`'${route}'`)
    expect(await renderApiTypes(changed)).not.toContain(`'${route}'`)
  })
})
