import { describe, expect, it } from 'vitest'
import { aidTimestamp, isAid, isValidUin, isValidVid } from '../../../ids/id-rules.ts'
import { FAMILY_NAMES, GIVEN_NAMES } from '../demo-country/centre-text.ts'
import { DEMO_LANGS } from '../demo-country/text.ts'
import { PHONE_PATTERN } from '../notifier/contacts.ts'
import { FEATURED_RESIDENTS, type FeaturedRole, featured } from './featured.ts'

const vidsOf = (r: (typeof FEATURED_RESIDENTS)[number]) => (r.vid ? [r.vid, ...r.otherVids] : [])

describe('featured residents', () => {
  it('carry only ids that are valid by MOSIP’s rules, each used once', () => {
    const all: string[] = []
    for (const r of FEATURED_RESIDENTS) {
      if (r.uin) {
        expect(isValidUin(r.uin), `${r.role} UIN`).toBe(true)
        all.push(r.uin)
      }
      for (const v of vidsOf(r)) {
        expect(isValidVid(v.vid), `${r.role} VID`).toBe(true)
        all.push(v.vid)
      }
      expect(isAid(r.application.aid), `${r.role} AID`).toBe(true)
      expect(aidTimestamp(r.application.aid), `${r.role} AID timestamp`).not.toBeNull()
      all.push(r.application.aid)
    }
    expect(new Set(all).size).toBe(all.length)
  })

  it('have one entry per role, each with a description', () => {
    const roles = FEATURED_RESIDENTS.map((r) => r.role)
    expect(new Set(roles).size).toBe(roles.length)
    for (const r of FEATURED_RESIDENTS) expect(r.description.length).toBeGreaterThan(10)
  })

  it('include a card-ready resident for every language, first in their list', () => {
    for (const lang of DEMO_LANGS) {
      const r = featured(`card-ready-${lang}` as FeaturedRole)
      expect(r.languages[0]).toBe(lang)
      expect(r.uin).not.toBeNull()
      expect(r.vid?.type).toBe('Perpetual')
      expect(r.application).toMatchObject({ stage: 'CARD_READY_TO_DOWNLOAD', status: 'SUCCESS' })
      expect(r.email).not.toBeNull()
      expect(r.phone).not.toBeNull()
    }
    expect(featured('card-ready-ara').languages).toEqual(['ara', 'eng'])
  })

  it('cover applications at every earlier stage, and a failed one, without a UIN', () => {
    const stages = [
      ['in-progress-request-received', 'REQUEST_RECEIVED'],
      ['in-progress-validation', 'VALIDATION_STAGE'],
      ['in-progress-verification', 'VERIFICATION_STAGE'],
      ['in-progress-uin-generation', 'UIN_GENERATION_STAGE'],
    ] as const
    for (const [role, stage] of stages) {
      const r = featured(role)
      expect(r.uin).toBeNull()
      expect(r.application).toMatchObject({ stage, status: 'IN-PROGRESS' })
    }
    expect(featured('application-failed')).toMatchObject({
      uin: null,
      application: {
        status: 'FAILURE',
        packetStatus: 'REJECTED',
        failureReason: 'DOCUMENT_REJECTED',
      },
    })
  })

  it('cover each contact, lock and VID state', () => {
    expect(featured('email-only')).toMatchObject({ phone: null })
    expect(featured('email-only').email).not.toBeNull()
    expect(featured('phone-only')).toMatchObject({ email: null })
    expect(featured('phone-only').phone).not.toBeNull()
    expect(featured('no-contact')).toMatchObject({ email: null, phone: null })
    expect(featured('otp-email-locked').lockedAuthTypes).toEqual(['otp-email'])
    expect(featured('otp-email-phone-locked').lockedAuthTypes).toEqual(['otp-email', 'otp-phone'])
    expect(featured('uin-deactivated').identityStatus).toBe('DEACTIVATED')
    expect(featured('vid-revoked').vid).toMatchObject({ status: 'REVOKED' })
    expect(featured('vid-temporary').vid).toMatchObject({ type: 'Temporary', status: 'ACTIVE' })
    expect(featured('vid-one-time').vid).toMatchObject({ type: 'OneTimeUse', status: 'ACTIVE' })
  })

  it('have contacts in the demo formats and names from the spelling tables', () => {
    FEATURED_RESIDENTS.forEach((r, i) => {
      expect(r.phone === null || PHONE_PATTERN.test(r.phone), r.role).toBe(true)
      const email = new RegExp(`^[a-z]+\\.[a-z]+\\.${i + 1}@example\\.org$`)
      expect(r.email === null || email.test(r.email), r.role).toBe(true)
      if (!r.name) return
      expect(GIVEN_NAMES.map((n) => n.lat)).toContain(r.name.given)
      expect(FAMILY_NAMES.map((n) => n.lat)).toContain(r.name.family)
    })
  })
})
