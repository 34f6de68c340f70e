import type { Page } from 'puppeteer-core'
import { assert } from './checks.ts'

/**
 * Checks of how ids and masked values sit in right-to-left pages: each in its own isolated
 * left-to-right element, its characters on screen in their own order ("******1862", never
 * "1862******"), and messages in several languages laid out line by line in each one's direction.
 */

/**
 * The element inside `container` whose whole text is `value` is isolated and left to right
 * (`<bdi dir="ltr">`, or any element with `dir="ltr"`: `unicode-bidi: isolate`, `direction:
 * ltr`), and its first character is drawn left of its last one.
 */
export async function checkIsolatedLtr(page: Page, container: string, value: string) {
  const found = await page.$eval(
    container,
    (root, wanted) => {
      const el = [...root.querySelectorAll('*')].find(
        (e) => (e.textContent ?? '').trim() === wanted && e.children.length === 0,
      )
      if (!el) return undefined
      const style = getComputedStyle(el)
      const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text
      const start = (text.data ?? '').indexOf(wanted)
      const charBox = (i: number) => {
        const range = document.createRange()
        range.setStart(text, start + i)
        range.setEnd(text, start + i + 1)
        return range.getBoundingClientRect()
      }
      return {
        tag: el.tagName.toLowerCase(),
        dir: el.getAttribute('dir'),
        direction: style.direction,
        unicodeBidi: style.unicodeBidi,
        firstLeft: charBox(0).left,
        lastLeft: charBox(wanted.length - 1).left,
      }
    },
    value,
  )
  assert(found, `no element in ${container} holds just "${value}"`)
  const what = `"${value}" in ${container} (<${found.tag} dir="${found.dir}">)`
  assert(found.dir === 'ltr' && found.direction === 'ltr', `${what} is not left to right`)
  assert(/isolate/.test(found.unicodeBidi), `${what} is not isolated: ${found.unicodeBidi}`)
  assert(
    found.firstLeft < found.lastLeft,
    `${what} is drawn out of order (first character at ${found.firstLeft}, last at ${found.lastLeft})`,
  )
}

/** Which side each non-empty line of the text in `selector` starts from, in order. */
export async function lineSides(
  page: Page,
  selector: string,
): Promise<{ text: string; side: 'left' | 'right' | 'both' }[]> {
  return page.$eval(selector, (el) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined
    if (!node) return []
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const left = box.left + Number.parseFloat(style.paddingLeft) + 2
    const right = box.right - Number.parseFloat(style.paddingRight) - 2
    const out: { text: string; side: 'left' | 'right' | 'both' }[] = []
    let at = 0
    for (const line of node.data.split('\n')) {
      if (line.trim()) {
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + line.length)
        // The first visual line of the paragraph (a long one wraps).
        const first = range.getClientRects()[0]
        if (first) {
          const atLeft = first.left <= left
          const atRight = first.right >= right
          out.push({
            text: line.slice(0, 40),
            side: atLeft && atRight ? 'both' : atLeft ? 'left' : 'right',
          })
        }
      }
      at += line.length + 1
    }
    return out
  })
}

/** Each line of the message starts on its own script's side: Arabic right, Latin left. */
export async function checkLinesFollowTheirDirection(page: Page, selector: string) {
  const lines = await lineSides(page, selector)
  assert(lines.length > 0, `no text in ${selector}`)
  for (const line of lines) {
    if (line.side === 'both') continue
    // The line's direction is its first strong letter's, as a mail client would take it.
    const first = /[\p{L}]/u.exec(line.text.replace(/[\u2066-\u2069][^\u2069]*\u2069/g, ''))?.[0]
    if (!first) continue
    const rtl = /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(first)
    const expected = rtl ? 'right' : 'left'
    assert(
      line.side === expected,
      `"${line.text}…" starts at the ${line.side}, not the ${expected}`,
    )
  }
}
