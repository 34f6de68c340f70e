import { describe, expect, it } from 'vitest'
import { mean, median, percentile } from './stats.ts'

describe('stats', () => {
  it('takes the nearest-rank percentile', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(values, 0.5)).toBe(5)
    expect(percentile(values, 0.99)).toBe(10)
    expect(percentile(values, 0)).toBe(1)
    expect(percentile([], 0.5)).toBeNaN()
  })

  it('takes the median of odd and even counts', () => {
    expect(median([300, 100, 200])).toBe(200)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })

  it('averages', () => {
    expect(mean([1, 2, 3, 6])).toBe(3)
  })
})
