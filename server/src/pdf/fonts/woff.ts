import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'

interface TableEntry {
  tag: number
  checksum: number
  data: Uint8Array
}

/**
 * Unpacks a WOFF 1.0 file into the plain OpenType (sfnt) bytes it wraps, so that fontkit (via
 * pdfkit) and HarfBuzz read exactly the same font. Tables are inflated with zlib; the table
 * order, checksums and flavour are kept.
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font')
  const flavor = view.getUint32(4)
  const numTables = view.getUint16(12)
  const tables: TableEntry[] = []
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20
    const tag = view.getUint32(at)
    const offset = view.getUint32(at + 4)
    const compLength = view.getUint32(at + 8)
    const origLength = view.getUint32(at + 12)
    const checksum = view.getUint32(at + 16)
    const raw = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length')
    tables.push({ tag, checksum, data })
  }
  tables.sort((a, b) => a.tag - b.tag)

  const headerLength = 12 + 16 * numTables
  let total = headerLength
  for (const table of tables) total += (table.data.length + 3) & ~3
  const out = new Uint8Array(total)
  const outView = new DataView(out.buffer)
  const entrySelector = Math.floor(Math.log2(numTables))
  const searchRange = 2 ** entrySelector * 16
  outView.setUint32(0, flavor)
  outView.setUint16(4, numTables)
  outView.setUint16(6, searchRange)
  outView.setUint16(8, entrySelector)
  outView.setUint16(10, numTables * 16 - searchRange)
  let offset = headerLength
  tables.forEach((table, i) => {
    const at = 12 + i * 16
    outView.setUint32(at, table.tag)
    outView.setUint32(at + 4, table.checksum)
    outView.setUint32(at + 8, offset)
    outView.setUint32(at + 12, table.data.length)
    out.set(table.data, offset)
    offset += (table.data.length + 3) & ~3
  })
  return out
}
