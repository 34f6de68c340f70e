import type { Random } from '../demo-country/prng.ts'
import { encodePng } from './png.ts'

/**
 * A deterministic face-photo stand-in for each demo resident: a flat avatar (background,
 * shoulders, neck, head, hair, eyes) whose colours and proportions come from the seed. Drawn
 * at seed time, so nothing is downloaded and no real person's face is used.
 */

export const PORTRAIT_WIDTH = 120
export const PORTRAIT_HEIGHT = 150

type Rgb = readonly [number, number, number]

const BACKGROUNDS: Rgb[] = [
  [214, 228, 240],
  [226, 236, 218],
  [240, 226, 214],
  [232, 222, 240],
  [236, 236, 226],
  [218, 236, 236],
]
const SKIN: Rgb[] = [
  [92, 58, 33],
  [141, 85, 36],
  [198, 134, 66],
  [224, 172, 105],
  [241, 194, 125],
  [255, 219, 172],
]
const HAIR: Rgb[] = [
  [9, 8, 6],
  [44, 34, 43],
  [59, 34, 25],
  [113, 99, 90],
  [165, 107, 70],
  [183, 166, 158],
]
const CLOTHES: Rgb[] = [
  [31, 78, 121],
  [150, 40, 27],
  [46, 125, 50],
  [94, 53, 177],
  [0, 105, 92],
  [191, 54, 12],
  [55, 71, 79],
  [173, 20, 87],
]
const EYES: Rgb = [33, 25, 20]

/**
 * A shape is the horizontal span [x0, x1] it covers on each row y (in pixels), or null where it
 * misses the row: every shape here is convex across a row, and spans paint a row in one pass.
 */
interface Shape {
  colour: Rgb
  span(y: number): readonly [number, number] | null
}

function ellipse(cx: number, cy: number, rx: number, ry: number, colour: Rgb): Shape {
  return {
    colour,
    span: (y) => {
      const dy = (y - cy) / ry
      if (dy * dy > 1) return null
      const half = rx * Math.sqrt(1 - dy * dy)
      return [cx - half, cx + half]
    },
  }
}

function rect(x0: number, y0: number, x1: number, y1: number, colour: Rgb): Shape {
  return { colour, span: (y) => (y >= y0 && y <= y1 ? [x0, x1] : null) }
}

/** `shape` cut off at row `yLimit` and below. */
function above(shape: Shape, yLimit: number): Shape {
  return { colour: shape.colour, span: (y) => (y < yLimit ? shape.span(y) : null) }
}

function darker(c: Rgb, factor: number): Rgb {
  return [Math.round(c[0] * factor), Math.round(c[1] * factor), Math.round(c[2] * factor)]
}

export interface PortraitOptions {
  /** Hair down to the shoulders rather than short. */
  longHair: boolean
}

/** The shapes of one portrait, back to front. */
function shapes(rng: Random, options: PortraitOptions): { background: Rgb; shapes: Shape[] } {
  const background = rng.pick(BACKGROUNDS)
  const skin = rng.pick(SKIN)
  const hair = rng.pick(HAIR)
  const clothes = rng.pick(CLOTHES)
  const cx = PORTRAIT_WIDTH / 2 + rng.int(-4, 4)
  const headRx = 24 + rng.int(0, 5)
  const headRy = 30 + rng.int(0, 5)
  const headCy = 66 + rng.int(-3, 3)
  const shoulderRx = 48 + rng.int(0, 8)
  const eyeGap = 9 + rng.int(0, 2)
  const eyeY = headCy + rng.int(0, 3)

  const list: Shape[] = []
  if (options.longHair) {
    list.push(ellipse(cx, headCy + 18, headRx + 9, headRy + 22, hair))
  }
  list.push(ellipse(cx, PORTRAIT_HEIGHT + 18, shoulderRx, 50, clothes))
  list.push(rect(cx - 10, headCy + headRy - 12, cx + 10, headCy + headRy + 14, darker(skin, 0.9)))
  // Hair behind the head's upper half reads as a hairline once the face is drawn over it.
  list.push(above(ellipse(cx, headCy - 6, headRx + 4, headRy + 2, hair), headCy - 4))
  list.push(ellipse(cx, headCy + 4, headRx, headRy - 2, skin))
  list.push(above(ellipse(cx, headCy - headRy + 6, headRx + 1, 14, hair), headCy - headRy + 14))
  list.push(ellipse(cx - eyeGap, eyeY, 2.6, 2.6, EYES))
  list.push(ellipse(cx + eyeGap, eyeY, 2.6, 2.6, EYES))
  list.push(ellipse(cx, eyeY + 17, 6, 1.8, darker(skin, 0.7)))
  return { background, shapes: list }
}

/** Samples per pixel side: 3 × 3 smooths the edges of the shapes. */
const SUPERSAMPLE = 3

/** Draws one portrait and returns it as PNG bytes (120 × 150, RGB). */
export function portraitPng(rng: Random, options: PortraitOptions): Uint8Array {
  const { background, shapes: list } = shapes(rng, options)
  const columns = PORTRAIT_WIDTH * SUPERSAMPLE
  const sums = new Float64Array(PORTRAIT_WIDTH * PORTRAIT_HEIGHT * 3)
  const row: Rgb[] = new Array(columns)
  for (let sy = 0; sy < PORTRAIT_HEIGHT * SUPERSAMPLE; sy++) {
    const y = (sy + 0.5) / SUPERSAMPLE
    row.fill(background)
    for (const shape of list) {
      const span = shape.span(y)
      if (!span) continue
      // Sample i sits at x = (i + 0.5) / SUPERSAMPLE; paint the samples inside the span.
      const from = Math.max(0, Math.ceil(span[0] * SUPERSAMPLE - 0.5))
      const to = Math.min(columns - 1, Math.floor(span[1] * SUPERSAMPLE - 0.5))
      for (let i = from; i <= to; i++) row[i] = shape.colour
    }
    const base = Math.floor(sy / SUPERSAMPLE) * PORTRAIT_WIDTH * 3
    for (let i = 0; i < columns; i++) {
      const colour = row[i] as Rgb
      const at = base + Math.floor(i / SUPERSAMPLE) * 3
      sums[at] = (sums[at] as number) + colour[0]
      sums[at + 1] = (sums[at + 1] as number) + colour[1]
      sums[at + 2] = (sums[at + 2] as number) + colour[2]
    }
  }
  const samples = SUPERSAMPLE * SUPERSAMPLE
  const rgb = new Uint8Array(sums.length)
  for (let i = 0; i < sums.length; i++) rgb[i] = Math.round((sums[i] as number) / samples)
  return encodePng(PORTRAIT_WIDTH, PORTRAIT_HEIGHT, rgb)
}
