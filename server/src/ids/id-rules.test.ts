import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../platform/embedded/demo-country/prng.ts'
import {
  aidTimestamp,
  formatAid,
  generateUin,
  generateVid,
  ID_LENGTHS,
  type IdRule,
  idTypeOf,
  isAid,
  isValidUin,
  isValidVid,
  secureDigits,
  uinViolations,
  vidViolations,
} from './id-rules.ts'
import { verhoeffDigit } from './verhoeff.ts'

/** Completes a payload with its check digit, so only the rule under test can fail. */
const withCheck = (payload: string) => payload + verhoeffDigit(payload)

describe('generated ids', () => {
  it.each([1, 2, 20261127])('UINs and VIDs from seed %i always pass validation', (seed) => {
    const rng = mulberry32(seed)
    const seen = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const uin = generateUin(rng)
      const vid = generateVid(rng)
      expect(uin).toHaveLength(ID_LENGTHS.UIN)
      expect(vid).toHaveLength(ID_LENGTHS.VID)
      expect(uinViolations(uin)).toEqual([])
      expect(vidViolations(vid)).toEqual([])
      expect(idTypeOf(uin)).toBe('UIN')
      expect(idTypeOf(vid)).toBe('VID')
      seen.add(uin)
      seen.add(vid)
    }
    // Random, not a handful of values on repeat.
    expect(seen.size).toBeGreaterThan(590)
  })

  it('the same seed gives the same ids', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    expect([generateUin(a), generateVid(a)]).toEqual([generateUin(b), generateVid(b)])
  })

  it('works from the CSPRNG too', () => {
    expect(isValidUin(generateUin(secureDigits))).toBe(true)
    expect(isValidVid(generateVid(secureDigits))).toBe(true)
  })

  it('gives up, rather than spinning, on a source that is not random', () => {
    expect(() => generateUin({ int: (min) => min })).toThrow(/filters/)
  })
})

describe('MOSIP id filters', () => {
  // Each id breaks exactly one rule (found by search), so each filter is shown to refuse alone.
  const uinAlone: [IdRule, string, string][] = [
    ['length', 'nine digits', '274935816'],
    ['digits', 'a letter', '27493581a6'],
    ['not-start-with', 'a leading 1', '1896206386'],
    ['not-start-with', 'a leading 0', '0257301968'],
    ['checksum', 'a wrong check digit', '2713283689'],
    ['sequence', 'ascending 123', '8471239065'],
    ['sequence', 'descending 543', '8763543819'],
    ['sequence', 'through 9 to 0: 901', '5390169236'],
    ['repeating', 'a doubled digit (11)', '8279113714'],
    ['repeating', 'a digit back after one other (4x4)', '2634149221'],
    ['repeating-block', 'the pair 27 twice', '2768932715'],
    ['restricted', '786', '3478698213'],
    ['conjugative-even', 'three even digits in a row (482)', '4724820764'],
  ]
  it.each(uinAlone)('refuse a UIN breaking only %s: %s', (rule, _why, id) => {
    expect(uinViolations(id)).toEqual([rule])
    expect(isValidUin(id)).toBe(false)
    expect(idTypeOf(id)).toBeNull()
  })

  // These cannot break alone: 666 repeats a digit, 142857 holds 428 (three even digits), and
  // a mirrored or repeated five-digit group repeats a digit or a pair.
  const uinAlso: [IdRule, string, string][] = [
    ['restricted', '666', withCheck('294566638')],
    ['cyclic', 'the cyclic number 142857', withCheck('314285793')],
    ['digits-group', 'first five digits equal the last five', '3940539405'],
    ['reverse-digits-group', 'first five digits are the last five reversed', '3940550493'],
  ]
  it.each(uinAlso)('refuse a UIN breaking %s: %s', (rule, _why, id) => {
    expect(uinViolations(id)).toContain(rule)
    expect(isValidUin(id)).toBe(false)
  })

  const vidAlone: [IdRule, string, string][] = [
    ['length', 'fifteen digits', '874317903720581'],
    ['not-start-with', 'a leading 1', '1809603613597056'],
    ['checksum', 'a wrong check digit', '3061507841290213'],
    ['sequence', 'ascending 789', '2534789271026430'],
    ['repeating', 'a doubled digit (55)', '3753065568333964'],
    ['repeating-block', 'the pair 39 twice', '3965126426586032'],
    ['restricted', '786', '2752078672493582'],
  ]
  it.each(vidAlone)('refuse a VID breaking only %s: %s', (rule, _why, id) => {
    expect(vidViolations(id)).toEqual([rule])
    expect(isValidVid(id)).toBe(false)
    expect(idTypeOf(id)).toBeNull()
  })

  it('hold VIDs to none of the UIN-only filters', () => {
    // 901 is a sequence only for the UIN generator; 482 is three even digits.
    expect(vidViolations('4359015634823610')).toEqual([])
    expect(uinViolations(withCheck('435901563'))).toContain('sequence')
  })
})

describe('idTypeOf', () => {
  it('tells UIN, VID and AID apart by length and rules', () => {
    expect(idTypeOf('8743179037')).toBe('UIN')
    expect(idTypeOf('3204581389015298')).toBe('VID')
    expect(idTypeOf('10021100120057820260203091427')).toBe('AID')
    expect(idTypeOf('8743179038')).toBeNull()
    expect(idTypeOf('')).toBeNull()
    expect(idTypeOf('1002110012005782026020309142')).toBeNull()
    expect(isAid('1002110012005782026020309142x')).toBe(false)
  })
})

describe('AIDs', () => {
  it('are centre, machine, sequence and UTC timestamp, and read back', () => {
    const at = new Date('2026-03-09T08:22:51Z')
    const aid = formatAid({ centreId: '10005', machineId: '10038', sequence: 1657, at })
    expect(aid).toBe('10005100380165720260309082251')
    expect(isAid(aid)).toBe(true)
    expect(aidTimestamp(aid)?.toISOString()).toBe(at.toISOString())
  })

  it('refuse bad parts and impossible timestamps', () => {
    const at = new Date()
    expect(() => formatAid({ centreId: '1001', machineId: '10038', sequence: 1, at })).toThrow()
    expect(() => formatAid({ centreId: '10001', machineId: '10038', sequence: 0, at })).toThrow()
    expect(aidTimestamp('10005100380165720260231082251')).toBeNull()
    expect(aidTimestamp('8743179037')).toBeNull()
  })
})
