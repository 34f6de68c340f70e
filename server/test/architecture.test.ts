import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase } from '../src/bootstrap/database.ts'
import { routeOwners } from '../src/http/features.ts'
import { openEmptyDatabase } from './support/empty-database.ts'
import { createTestApp, type TestApp } from './test-app.ts'

const SRC = path.resolve(import.meta.dirname, '../src')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Every module a file imports (static and dynamic), resolved to an absolute path or a package. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  )
  return specs.map((spec) => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : spec))
}

const isTest = (file: string) => file.endsWith('.test.ts')
const under = (file: string, dir: string) => file.startsWith(path.join(SRC, dir) + path.sep)

describe('the shape of the server', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('registers every API route inside a feature plugin', () => {
    const owners = routeOwners.get(t.app)
    expect(owners?.size).toBeGreaterThan(20)
    // Infrastructure the app itself serves: health, metrics, API documents, the portal.
    const infrastructure =
      /^(?:HEAD|GET|OPTIONS) (?:\/health|\/ready|\/metrics|\/resident\/v1\/api-docs\b.*|\/\*?)$/
    const outside = [...(owners ?? [])]
      .filter(([route, feature]) => feature === null && !infrastructure.test(route))
      .map(([route]) => route)
    expect(outside).toEqual([])
    // And each feature's routes carry its name: the logged-in audit route belongs to audit-log.
    expect(owners?.get('POST /resident/v1/auth-proxy/audit/log')).toBe('audit-log')
    expect(owners?.get('GET /.well-known/card-keys.json')).toBe('card-keys')
  })

  it('keeps features and their tests away from the embedded platform and the database', () => {
    const offenders = sourceFiles(path.join(SRC, 'features')).flatMap((file) =>
      importsOf(file)
        .filter((target) => under(target, 'platform/embedded') || under(target, 'db'))
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    )
    expect(offenders).toEqual([])
  })

  it('keeps test code out of src: no source file imports vitest or test helpers', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !isTest(file))
      .filter((file) =>
        importsOf(file).some((t) => t === 'vitest' || t.startsWith(path.resolve(SRC, '../test'))),
      )
      .map((file) => path.relative(SRC, file))
    expect(offenders).toEqual([])
  })

  it('gives feature tests no handle on tables other than the resident layer’s', () => {
    const offenders = sourceFiles(path.join(SRC, 'features'))
      .filter((file) => /\bhandle\.db\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(SRC, file))
    expect(offenders).toEqual([])
  })
})

describe('each owner keeps its tables', () => {
  // A PGlite start, which a busy machine makes slow: its own time budget.
  it('a deployment without the embedded platform creates only the resident layer’s tables', async () => {
    const handle = await openEmptyDatabase()
    try {
      await prepareDatabase(handle.db, { embedded: false })
      const tables = await handle.db.introspection.getTables()
      const names = tables.map((table) => table.name).sort()
      expect(names).toContain('resident_transaction')
      expect(names).toContain('resident_job')
      expect(names.filter((name) => !name.startsWith('resident_'))).toEqual([])
    } finally {
      await handle.close()
    }
  }, 60_000)
})
