import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../demo-country/prng.ts'
import { encodePng, PNG_SIGNATURE } from './png.ts'
import { PORTRAIT_HEIGHT, PORTRAIT_WIDTH, portraitPng } from './portrait.ts'

interface Decoded {
  width: number
  height: number
  bitDepth: number
  colourType: number
  chunkTypes: string[]
  /** RGB bytes, rows top to bottom. */
  pixels: Uint8Array
}

/** A strict little PNG reader for what encodePng writes: checks every CRC, undoes filter 0. */
function decodePng(file: Uint8Array): Decoded {
  const buf = Buffer.from(file)
  expect(buf.subarray(0, 8)).toEqual(Buffer.from(PNG_SIGNATURE))
  const chunkTypes: string[] = []
  const idat: Buffer[] = []
  let header: Buffer | undefined
  let offset = 8
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset)
    const type = buf.toString('latin1', offset + 4, offset + 8)
    const data = buf.subarray(offset + 8, offset + 8 + length)
    expect(buf.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(
      crc32(buf.subarray(offset + 4, offset + 8 + length)),
    )
    chunkTypes.push(type)
    if (type === 'IHDR') header = data
    if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  if (!header) throw new Error('no IHDR')
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * 3
  expect(raw.length).toBe((stride + 1) * height)
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)], 'filter type').toBe(0)
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride)
  }
  return {
    width,
    height,
    bitDepth: header[8] ?? -1,
    colourType: header[9] ?? -1,
    chunkTypes,
    pixels,
  }
}

describe('encodePng', () => {
  it('writes a PNG that decodes back to the same pixels', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 3 }, (_, i) => (i * 37) % 256)
    const decoded = decodePng(encodePng(3, 2, pixels))
    expect(decoded.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND'])
    expect([decoded.width, decoded.height, decoded.bitDepth, decoded.colourType]).toEqual([
      3, 2, 8, 2,
    ])
    expect(decoded.pixels).toEqual(pixels)
  })

  it('refuses a buffer that does not match the size', () => {
    expect(() => encodePng(3, 2, new Uint8Array(17))).toThrow(/match/)
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(/positive/)
  })
})

describe('portraitPng', () => {
  it('draws a 120 × 150 portrait: a face on a background, not a flat square', () => {
    const decoded = decodePng(portraitPng(mulberry32(42), { longHair: false }))
    expect([decoded.width, decoded.height]).toEqual([PORTRAIT_WIDTH, PORTRAIT_HEIGHT])
    expect(decoded.pixels.length).toBe(PORTRAIT_WIDTH * PORTRAIT_HEIGHT * 3)
    const at = (x: number, y: number) => {
      const i = (y * PORTRAIT_WIDTH + x) * 3
      return [decoded.pixels[i], decoded.pixels[i + 1], decoded.pixels[i + 2]].join(',')
    }
    const corner = at(2, 2)
    expect(at(PORTRAIT_WIDTH - 3, 2)).toBe(corner)
    // The middle of the face and the bottom centre (shoulders) differ from the background.
    expect(at(PORTRAIT_WIDTH / 2, 75)).not.toBe(corner)
    expect(at(PORTRAIT_WIDTH / 2, PORTRAIT_HEIGHT - 3)).not.toBe(corner)
    const colours = new Set<string>()
    for (let y = 0; y < PORTRAIT_HEIGHT; y += 3) {
      for (let x = 0; x < PORTRAIT_WIDTH; x += 3) colours.add(at(x, y))
    }
    expect(colours.size).toBeGreaterThan(5)
  })

  it('is the same for the same seed and differs between seeds', () => {
    const a = portraitPng(mulberry32(7), { longHair: true })
    expect(portraitPng(mulberry32(7), { longHair: true })).toEqual(a)
    expect(portraitPng(mulberry32(8), { longHair: true })).not.toEqual(a)
    expect(portraitPng(mulberry32(7), { longHair: false })).not.toEqual(a)
  })
})
