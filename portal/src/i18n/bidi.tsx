import { Fragment, type ReactNode } from 'react'

/*
 * Ids, phone numbers, codes, dates and masked values inside translated sentences. In Arabic a
 * bare "******1862" after Arabic words is laid out as "1862******": the bidi algorithm gives the
 * stars the direction of the words around them. Each such value is marked in the translated
 * string (`ltr(value)`, `isolate(name)`) and rendered by <BidiText> as its own isolated element,
 * <bdi dir="ltr"> or <bdi>, so it keeps its order, is read whole, and copies without invisible
 * characters.
 */

const LRI = '\u2066'
const FSI = '\u2068'
const PDI = '\u2069'

// Direction controls inside a value would end its isolate early (or start another one).
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const clean = (value: string) => value.replace(CONTROLS, '')

/** A left-to-right value (id, phone number, code, date, masked value): left-to-right isolate. */
export const ltr = (value: string): string => `${LRI}${clean(value)}${PDI}`

/** A value whose direction is its own (a name, a file name): first-strong isolate. */
export const isolate = (value: string): string => `${FSI}${clean(value)}${PDI}`

const MARKED = /([\u2066\u2068])([^\u2066-\u2069]*)\u2069/g

/**
 * Text with `ltr()` and `isolate()` values, as React nodes: each value in its own element —
 * `<bdi dir="ltr">` for `ltr()`, `<bdi>` (its direction from its first letter) for `isolate()` —
 * and the isolate characters themselves dropped.
 */
export function bidiNodes(text: string): ReactNode[] {
  const nodes: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) nodes.push(text.slice(last, match.index))
    const value = match[2] ?? ''
    nodes.push(
      match[1] === LRI ? (
        <bdi key={match.index} dir="ltr" className="ltr-value">
          {value}
        </bdi>
      ) : (
        <bdi key={match.index}>{value}</bdi>
      ),
    )
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(text.slice(last))
  return nodes
}

/** Renders a translated sentence holding `ltr()`/`isolate()` values (see `bidiNodes`). */
export function BidiText({ text }: { text: string }) {
  return <Fragment>{bidiNodes(text)}</Fragment>
}
