import { describe, expect, it } from 'vitest'
import { isAid, isValidUin, isValidVid } from '../../../ids/id-rules.ts'
import { DEMO_LANGS } from '../demo-country/text.ts'
import { PHONE_PATTERN } from '../notifier/contacts.ts'
import { DEMO_RESIDENT_COUNT, generateDemoResidents } from './demo-residents.ts'
import { FEATURED_RESIDENTS } from './featured.ts'
import { PNG_SIGNATURE } from './png.ts'

const TODAY = new Date('2026-11-27T09:00:00Z')
const rows = generateDemoResidents({ seed: 20261127, today: TODAY })
const parse = (json: string) => JSON.parse(json) as Record<string, string>

/** A letter of each script, to tell a transliteration from an English copy. */
const SCRIPT: Record<string, RegExp> = {
  ara: /\p{Script=Arabic}/u,
  hin: /\p{Script=Devanagari}/u,
  kan: /\p{Script=Kannada}/u,
  tam: /\p{Script=Tamil}/u,
  eng: /\p{Script=Latin}/u,
  fra: /\p{Script=Latin}/u,
  spa: /\p{Script=Latin}/u,
}

describe('demo residents', () => {
  it('are the same rows for the same seed and day, other people for another seed', () => {
    expect(generateDemoResidents({ seed: 20261127, today: TODAY })).toEqual(rows)
    const other = generateDemoResidents({ seed: 1, today: TODAY })
    const generated = (r: typeof rows) => r.idr_identity.slice(-10).map((i) => i.full_name)
    expect(generated(other)).not.toEqual(generated(rows))
    // The featured residents keep their ids and names whatever the seed.
    expect(other.idr_identity.slice(0, 5).map((i) => [i.uin, i.full_name])).toEqual(
      rows.idr_identity.slice(0, 5).map((i) => [i.uin, i.full_name]),
    )
  })

  it(`hold ${DEMO_RESIDENT_COUNT} identities with valid, unique ids`, () => {
    expect(rows.idr_identity).toHaveLength(DEMO_RESIDENT_COUNT)
    const uins = rows.idr_identity.map((i) => i.uin)
    const vids = rows.idr_vid.map((v) => v.vid)
    const aids = rows.idr_application.map((a) => a.aid)
    expect(uins.every(isValidUin)).toBe(true)
    expect(vids.every(isValidVid)).toBe(true)
    expect(aids.every(isAid)).toBe(true)
    const all = [...uins, ...vids, ...aids]
    expect(new Set(all).size).toBe(all.length)
    const known = new Set(uins)
    expect(rows.idr_vid.every((v) => known.has(v.uin))).toBe(true)
    expect(rows.idr_application.every((a) => !a.uin || known.has(a.uin))).toBe(true)
  })

  it('write names, gender and address in every language, each in its own script', () => {
    for (const identity of rows.idr_identity) {
      for (const field of [identity.full_name, identity.gender, identity.address]) {
        const text = parse(field as string)
        for (const lang of DEMO_LANGS) {
          expect(text[lang], `${lang}`).toMatch(SCRIPT[lang] as RegExp)
          expect(text[lang]).toBe(text[lang]?.normalize('NFC'))
        }
      }
    }
    const karim = rows.idr_identity.find((i) => i.uin === '4374124583')
    expect(parse(karim?.full_name as string)).toMatchObject({
      eng: 'Karim Haddad',
      ara: 'كريم حداد',
    })
    expect(parse(karim?.gender as string)).toMatchObject({ eng: 'Male', fra: 'Homme' })
  })

  it('use MOSIP’s formats for birth date, phone and the demo email', () => {
    const emails = new Set<string>()
    for (const identity of rows.idr_identity) {
      expect(identity.date_of_birth).toMatch(
        /^(19[5-9]\d|200[0-6])\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d)$/,
      )
      // A resident without phone or email has null, never an empty or malformed value.
      expect(identity.phone === null || PHONE_PATTERN.test(identity.phone ?? '')).toBe(true)
      expect(
        identity.email === null || /^[a-z]+\.[a-z]+\.\d+@example\.org$/.test(identity.email ?? ''),
      ).toBe(true)
      if (identity.email) emails.add(identity.email)
      const languages = JSON.parse(identity.languages as string) as string[]
      expect(languages.length).toBeGreaterThan(0)
      for (const l of languages) expect(DEMO_LANGS).toContain(l)
    }
    expect(emails.size).toBe(rows.idr_identity.filter((i) => i.email).length)
  })

  it('give everyone a PNG photo of their own', () => {
    const photos = rows.idr_identity.map((i) => Buffer.from(i.photo as Uint8Array))
    for (const photo of photos) expect(photo.subarray(0, 8)).toEqual(Buffer.from(PNG_SIGNATURE))
    expect(new Set(photos.map((p) => p.toString('base64'))).size).toBe(photos.length)
  })

  it('create the Temporary VID at seeding time, valid for 30 minutes and 2 uses', () => {
    const temporary = rows.idr_vid.filter((v) => v.vid_type === 'Temporary')
    expect(temporary).toHaveLength(1)
    expect(temporary[0]).toMatchObject({
      created_at: TODAY,
      expires_at: new Date(TODAY.getTime() + 30 * 60_000),
      uses_left: 2,
    })
  })

  it('seed applications the way reg-proc reports them', () => {
    const withoutUin = rows.idr_application.filter((a) => a.uin === null)
    expect(withoutUin.map((a) => a.aid).sort()).toEqual(
      FEATURED_RESIDENTS.filter((r) => !r.uin)
        .map((r) => r.application.aid)
        .sort(),
    )
    const ready = rows.idr_application.filter((a) => a.stage === 'CARD_READY_TO_DOWNLOAD')
    expect(ready.length).toBeGreaterThan(20)
    expect(ready.filter((a) => a.uin === null)).toEqual([])
    for (const a of rows.idr_application) {
      expect(new Date(a.updated_at as Date).getTime()).toBeGreaterThanOrEqual(
        new Date(a.created_at as Date).getTime(),
      )
    }
    // Some residents have applied twice (an update after their registration).
    const perUin = new Map<string, number>()
    for (const a of rows.idr_application) {
      if (a.uin) perUin.set(a.uin, (perUin.get(a.uin) ?? 0) + 1)
    }
    expect([...perUin.values()].some((n) => n > 1)).toBe(true)
  })
})
