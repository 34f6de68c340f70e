import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FEATURED_RESIDENTS } from '../src/platform/embedded/identity/featured.ts'

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('lists every featured demo identity with the ids the demo country really has', () => {
    for (const r of FEATURED_RESIDENTS) {
      const row = readme.split('\n').find((line) => line.includes(r.application.aid))
      expect(row, r.role).toBeDefined()
      if (r.uin) expect(row).toContain(r.uin)
      if (r.vid) expect(row).toContain(r.vid.vid)
    }
  })
})
