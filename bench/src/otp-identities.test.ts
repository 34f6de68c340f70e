import type { DatabaseHandle } from '@resident/server'
import { createEmbeddedIdentity, embeddedTables, FEATURED_RESIDENTS } from '@resident/server/demo'
import { cloneTemplate } from '@resident/server/testing'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { addBenchIdentities, benchEmail, otpIndividuals } from './otp-identities.ts'

const featured = (role: string) => FEATURED_RESIDENTS.find((r) => r.role === role)

describe('OTP benchmark individuals', () => {
  let handle: DatabaseHandle
  beforeAll(async () => {
    handle = await cloneTemplate(inject('dbTemplate'))
  })
  afterAll(async () => {
    await handle?.close()
  })

  it('adds identities an email OTP reaches, next to every seeded one it reaches', async () => {
    const seeded = await otpIndividuals(handle.db)
    const ids = seeded.map((i) => i.individualId)
    // Locked email OTP or a deactivated UIN would fail every send: left out.
    expect(ids).not.toContain(featured('otp-email-locked')?.uin)
    expect(ids).not.toContain(featured('uin-deactivated')?.uin)
    expect(ids).toContain(featured('card-ready-eng')?.uin)
    expect(ids).not.toContain(featured('phone-only')?.uin)

    await addBenchIdentities(handle.db, 40, 7)
    const all = await otpIndividuals(handle.db)
    expect(all).toHaveLength(seeded.length + 40)
    const emails = all.map((i) => i.email.toLowerCase())
    expect(new Set(emails).size).toBe(all.length)
    expect(emails).toContain(benchEmail(1))
    expect(emails).toContain(benchEmail(40))

    // The server must take them for real residents: each UIN resolves to an active identity.
    const identity = createEmbeddedIdentity(embeddedTables(handle.db))
    const added = all.filter((i) => i.email.startsWith('bench.'))
    for (const one of added.slice(0, 5)) {
      expect(await identity.resolve(one.individualId)).toMatchObject({ idType: 'UIN' })
      const person = await identity.identity(one.individualId)
      expect(person?.status).toBe('ACTIVATED')
      expect(person?.languages).toHaveLength(2)
      expect(person?.photo?.byteLength).toBeGreaterThan(0)
    }
  })
})
