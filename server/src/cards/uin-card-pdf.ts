import crypto from 'node:crypto'
import QRCode from 'qrcode'
import {
  createPdf,
  displayTimestamp,
  drawQrModules,
  type GlyphTrace,
  isolateAuto,
  isolateLtr,
  pdfLabels,
} from '../pdf/index.ts'
import type { ByLanguage, Identity } from '../platform/identity.ts'
import type { Keys } from '../platform/keys.ts'
import type { Language } from '../platform/masterdata.ts'
import { cardDate, groupUin } from './card-format.ts'
import { type CardLabels, cardLabels } from './card-labels.ts'
import {
  CARD_COLOURS,
  drawBand,
  drawBlock,
  drawCardBase,
  drawPhoto,
  drawText,
  layout,
  type Panel,
} from './card-panels.ts'
import { MAX_CARD_LANGUAGES, signCardPayload } from './qr-payload.ts'

export interface UinCardInput {
  identity: Identity
  /** The card's languages with their metadata, first = the resident's first (cardLanguages). */
  languages: readonly Language[]
  keys: Keys
  /** The deployment's public URL: the QR payload's issuer and the "verify at" address. */
  issuer: string
  now: Date
  /** The PDF's user password (cardPassword). */
  password: string
  /** MOSIP's `time-zone-offset` (minutes, as getTimezoneOffset gives them) for "generated on". */
  timeZoneOffset?: number
  trace?: GlyphTrace
}

/** Drawn larger than an ID-1 card (85.6 × 54 mm), same proportions: readable in three scripts. */
const CARD_WIDTH = 440
const CARD_HEIGHT = (CARD_WIDTH * 54) / 85.6
const BAND = 46
const EDGE = 16

/**
 * The resident's UIN e-card as an AES-256 password-protected A4 PDF: the front (photo, names in
 * each of the card's languages, gender, date of birth, address, UIN, issue date) above the back
 * (the signed QR code, the key that verifies it and where). A card whose first language is
 * right-to-left is laid out as the mirror image.
 */
export async function renderUinCard(input: UinCardInput): Promise<Buffer> {
  const { identity } = input
  const languages = input.languages
    .slice(0, MAX_CARD_LANGUAGES)
    .filter((l) => identity.fullName[l.code])
  const first = languages[0]
  if (!first) throw new Error('the identity has no name in any of the card languages')
  const codes = languages.map((l) => l.code)
  const token = await signCardPayload(input.keys, {
    uin: identity.uin,
    names: pick(identity.fullName, codes),
    genders: pick(identity.gender, codes),
    dateOfBirth: identity.dateOfBirth,
    issuedAt: identity.issuedAt,
    issuer: input.issuer,
  })

  const labels = cardLabels(first.code)
  const common = pdfLabels(first.code)
  const writer = createPdf({
    direction: first.direction,
    lang: common.bcp47,
    title: labels.documentTitle,
    issuer: common.serviceName,
    footerNote: common.generatedOn(displayTimestamp(input.now, input.timeZoneOffset ?? 0)),
    pageOf: common.pageOf,
    // The owner password is thrown away: nobody can lift the permissions, printing stays allowed.
    password: { user: input.password, owner: crypto.randomBytes(24).toString('base64url') },
    ...(input.trace ? { trace: input.trace } : {}),
  })
  writer.paragraph(labels.intro, { color: CARD_COLOURS.muted, after: 12 })

  const base = {
    doc: writer.doc,
    x: writer.left + (writer.width - CARD_WIDTH) / 2,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    direction: first.direction,
  }
  const others = languages.slice(1).map((l) => cardLabels(l.code))
  drawFront({ ...base, y: writer.y }, input, languages, labels, others)
  drawBack({ ...base, y: writer.y + CARD_HEIGHT + 22 }, input, token, labels, others)
  const bytes = await writer.finish()
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Items in several languages, each isolated, so they read in this order in either direction. */
function inOrder(items: readonly (string | undefined)[], separator: string): string {
  return items
    .filter((item): item is string => Boolean(item))
    .map(isolateAuto)
    .join(separator)
}

function drawFront(
  panel: Panel,
  input: UinCardInput,
  languages: readonly Language[],
  labels: CardLabels,
  others: readonly CardLabels[],
): void {
  const { identity } = input
  const muted = { size: 6.5, color: CARD_COLOURS.muted }
  drawCardBase(panel, true)
  drawBand(
    panel,
    BAND,
    labels.cardTitle,
    inOrder(
      others.map((l) => l.cardTitle),
      '  ·  ',
    ),
  )

  const photoWidth = 100
  drawPhoto(panel, identity.photo, EDGE, panel.y + BAND + 14, photoWidth, 125, labels.noPhoto)

  const s = EDGE + photoWidth + 16
  const width = panel.width - s - EDGE
  const limit = panel.y + panel.height - 56
  let y = panel.y + BAND + 9
  y += drawText(panel, labels.name, muted, s, y, width)
  languages.forEach((language, i) => {
    const name = identity.fullName[language.code] ?? ''
    const style = i === 0 ? { size: 14, bold: true } : { size: 10 }
    y += drawText(panel, name, { ...style, direction: language.direction }, s, y, width) + 1
  })

  y += 5
  const half = (width - 10) / 2
  const genders = languages.map((l) => identity.gender[l.code]).filter(Boolean)
  drawText(panel, labels.gender, muted, s, y, half)
  drawText(panel, labels.dateOfBirth, muted, s + half + 10, y, half)
  y += 9
  const value = { size: 9.5, bold: true }
  const genderHeight = drawText(panel, inOrder(genders, ' / '), value, s, y, half)
  const dobHeight = drawText(panel, isolateLtr(identity.dateOfBirth), value, s + half + 10, y, half)
  y += Math.max(genderHeight, dobHeight) + 5

  y += drawText(panel, labels.address, muted, s, y, width)
  languages.forEach((language, i) => {
    const text = identity.address[language.code] ?? ''
    const style = { size: i === 0 ? 8 : 7, direction: language.direction }
    let block = layout(panel, text, style, width)
    // The first address shrinks rather than run into the UIN when long names fill the card.
    if (block && i === 0 && y + block.height > limit)
      block = layout(panel, text, { ...style, size: 6.5 }, width)
    // Other languages' addresses give way first; the first language's always shows.
    if (!block || (i > 0 && y + block.height > limit)) return
    y += drawBlock(panel, block, s, y, width) + 1
  })

  const ruleY = panel.y + panel.height - 50
  panel.doc
    .moveTo(panel.x + EDGE, ruleY)
    .lineTo(panel.x + panel.width - EDGE, ruleY)
    .lineWidth(0.5)
    .stroke(CARD_COLOURS.outline)
  const bottomWidth = (panel.width - 2 * EDGE) / 2
  drawText(panel, labels.uin, muted, EDGE, ruleY + 5, bottomWidth)
  drawText(
    panel,
    isolateLtr(groupUin(identity.uin)),
    { size: 19, bold: true, color: CARD_COLOURS.band },
    EDGE,
    ruleY + 14,
    bottomWidth,
  )
  const end = EDGE + bottomWidth
  drawText(panel, labels.issued, { ...muted, align: 'end' }, end, ruleY + 5, bottomWidth)
  drawText(
    panel,
    isolateLtr(cardDate(identity.issuedAt)),
    { size: 9.5, bold: true, align: 'end' },
    end,
    ruleY + 16,
    bottomWidth,
  )
}

function drawBack(
  panel: Panel,
  input: UinCardInput,
  token: string,
  labels: CardLabels,
  others: readonly CardLabels[],
): void {
  drawCardBase(panel, false)
  drawBand(
    panel,
    BAND,
    labels.backTitle,
    inOrder(
      others.map((l) => l.backTitle),
      '  ·  ',
    ),
  )
  const qr = QRCode.create(token, { errorCorrectionLevel: 'M' })
  const size = panel.height - BAND - 20
  const qrS = 12
  const qrX = panel.direction === 'rtl' ? panel.x + panel.width - qrS - size : panel.x + qrS
  drawQrModules(panel.doc, qr.modules, { x: qrX, y: panel.y + BAND + 10, size })

  const s = qrS + size + 10
  const width = panel.width - s - EDGE
  let y = panel.y + BAND + 14
  y += drawText(panel, labels.scan, { size: 8.5, bold: true }, s, y, width) + 5
  y += drawText(panel, labels.contents, { size: 7.5, color: CARD_COLOURS.muted }, s, y, width) + 8
  y += drawText(panel, labels.verifyAt(input.issuer), { size: 7.5 }, s, y, width) + 10
  y += drawText(panel, labels.keyId, { size: 6.5, color: CARD_COLOURS.muted }, s, y, width) + 1
  const kid = input.keys.cardSigning.publicJwk.kid
  drawText(panel, kid, { size: 6.5, direction: 'ltr' }, s, y, width)
}

function pick(values: ByLanguage, codes: readonly string[]): ByLanguage {
  const out: ByLanguage = {}
  for (const code of codes) if (values[code] !== undefined) out[code] = values[code]
  return out
}
