import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { BidiText, isolate, ltr } from './bidi.tsx'

const html = (text: string) => renderToStaticMarkup(createElement(BidiText, { text }))

describe('values in translated sentences', () => {
  it('marks a left-to-right value with isolates, dropping controls it brings along', () => {
    expect(ltr('******1862')).toBe('\u2066******1862\u2069')
    expect(isolate('Karim')).toBe('\u2068Karim\u2069')
    expect(ltr('12\u2069\u202e34')).toBe('\u20661234\u2069')
  })

  it('renders each value as its own isolated element, without the isolate characters', () => {
    const sentence = `أرسلنا رمزاً إلى هاتفك ${ltr('******1862')} وإلى ${isolate('Karim')}.`
    expect(html(sentence)).toBe(
      'أرسلنا رمزاً إلى هاتفك <bdi dir="ltr" class="ltr-value">******1862</bdi> وإلى <bdi>Karim</bdi>.',
    )
    expect(html(`${ltr('1')}${ltr('2')}`)).toBe(
      '<bdi dir="ltr" class="ltr-value">1</bdi><bdi dir="ltr" class="ltr-value">2</bdi>',
    )
  })

  it('leaves text without values as it is, escaped by React', () => {
    expect(html('No code <here>')).toBe('No code &lt;here&gt;')
  })
})
