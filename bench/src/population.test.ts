import { describe, expect, it } from 'vitest'
import { threeLetterTexts } from './population.ts'

describe('threeLetterTexts', () => {
  it('takes name starts first, then middles, lower-cased and without repeats', () => {
    expect(threeLetterTexts(['Chandrapur', 'Charminar', 'Salé', 'Méknès-Côte'], 10)).toEqual([
      'cha',
      'sal',
      'mék',
      'dra',
      'rmi',
      'alé',
    ])
  })

  it('skips texts that are not three letters and stops at the count', () => {
    expect(threeLetterTexts(['Al', 'O-Ba', 'Kasturipuram', 'Vijayakot'], 2)).toEqual(['kas', 'vij'])
  })
})
