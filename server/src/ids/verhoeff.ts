/**
 * Verhoeff check digits, as MOSIP puts on every UIN and VID (kernel ChecksumUtils). Unlike a
 * plain mod-10 sum, Verhoeff catches every single-digit error and every swap of neighbours.
 */

/** Multiplication table of the dihedral group D5. */
const D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]

/** Position-dependent permutations: row i applies to the digit i places from the right. */
const P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

/** Inverses in D5, to turn the running product into the digit that cancels it. */
const INV: readonly number[] = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

const DIGITS = /^[0-9]+$/

/** Runs the Verhoeff product over `digits`, the rightmost one at position `offset`. */
function product(digits: string, offset: number): number {
  let c = 0
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48
    const row = P[(i + offset) % 8] as readonly number[]
    c = (D[c] as readonly number[])[row[digit] as number] as number
  }
  return c
}

/** The check digit to append to `payload` (digits only). */
export function verhoeffDigit(payload: string): string {
  if (!DIGITS.test(payload)) throw new Error('Verhoeff payload must be digits')
  return String(INV[product(payload, 1)])
}

/** Whether the last digit of `id` is the Verhoeff check digit of the rest. */
export function hasValidVerhoeff(id: string): boolean {
  return id.length >= 2 && DIGITS.test(id) && product(id, 0) === 0
}
