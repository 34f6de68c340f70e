import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FEATURED_RESIDENTS } from '../src/platform/embedded/identity/featured.ts'

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('lists every featured demo identity with the ids the demo country really has', () => {
    for (const r of FEATURED_RESIDENTS) {
      const row = readme.split('\n').find((line) => line.includes(r.application.aid))
      expect(row, r.role).toBeDefined()
      // | who | UIN | VID | AID | email |, with — where the resident has none.
      const [, , uin, vid, aid, email] = (row ?? '').split('|').map((cell) => cell.trim())
      expect(uin, r.role).toBe(r.uin ?? '—')
      expect(vid?.split(' ')[0], r.role).toBe(r.vid?.vid ?? '—')
      expect(aid, r.role).toBe(r.application.aid)
      expect(email, r.role).toBe(r.email ?? '—')
    }
  })
})
