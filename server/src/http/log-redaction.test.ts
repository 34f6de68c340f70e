import { Writable } from 'node:stream'
import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { registerErrorHandling } from './error-handler.ts'
import { requestSerializers, safeUrl } from './log-redaction.ts'

// The three kinds of id a URL may carry: a UIN (10 digits), a VID (16) and an AID (29).
const UIN = '8743179037'
const VID = '3204581389015298'
const AID = '10021100120057820260203091427'

const unmatched = (url: string) => ({ url, routeOptions: { url: undefined } }) as never

describe('safeUrl', () => {
  it('masks every digit of a UIN, a VID and an AID in a path no route matched', () => {
    expect(safeUrl(unmatched(`/resident/v1/x/${UIN}`))).toBe('/resident/v1/x/XXXXXXXXXX')
    expect(safeUrl(unmatched(`/resident/v1/x/${VID}`))).toBe(`/resident/v1/x/${'X'.repeat(16)}`)
    expect(safeUrl(unmatched(`/resident/v1/x/${AID}`))).toBe(`/resident/v1/x/${'X'.repeat(29)}`)
    expect(safeUrl(unmatched(`/a/${UIN}/b/${VID}/c/${AID}`))).toBe(
      `/a/${'X'.repeat(10)}/b/${'X'.repeat(16)}/c/${'X'.repeat(29)}`,
    )
  })

  it('masks ids glued to other text, and shorter runs of four digits or more', () => {
    expect(safeUrl(unmatched(`/card-${UIN}.pdf`))).toBe('/card-XXXXXXXXXX.pdf')
    expect(safeUrl(unmatched('/pin/1234'))).toBe('/pin/XXXX')
    // Three digits (a version, a page) stay readable.
    expect(safeUrl(unmatched('/resident/v1/page/123'))).toBe('/resident/v1/page/123')
  })

  it('drops the query string, where ids travel too', () => {
    expect(safeUrl(unmatched(`/resident/v1/nothing?individualId=${UIN}&vid=${VID}`))).toBe(
      '/resident/v1/nothing',
    )
    expect(safeUrl(unmatched(`/?aid=${AID}`))).toBe('/')
  })

  it('masks the path of a request no router has seen', () => {
    expect(safeUrl({ url: `/x/${UIN}?q=1` } as never)).toBe('/x/XXXXXXXXXX')
  })

  it('gives the route pattern, never the URL, when a route matched', () => {
    const request = { url: `/resident/v1/aid-stage/${AID}`, routeOptions: { url: '/x/:aid' } }
    expect(safeUrl(request as never)).toBe('/x/:aid')
  })
})

describe('request logs of a server', () => {
  it('carry no UIN, VID or AID, whether a route matched or not', async () => {
    const lines: string[] = []
    const app = Fastify({
      logger: {
        level: 'info',
        serializers: requestSerializers,
        stream: new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk))
            done()
          },
        }),
      },
    })
    // As the app: its not-found handler answers unknown paths (Fastify's own logs the raw URL).
    registerErrorHandling(app)
    app.get('/resident/v1/aid-stage/:aid', async () => ({ ok: true }))
    await app.ready()
    for (const id of [UIN, VID, AID]) {
      await app.inject({ url: `/resident/v1/aid-stage/${id}?again=${id}` })
      await app.inject({ url: `/resident/v1/unknown/${id}?again=${id}` })
    }
    await app.close()
    const log = lines.join('')
    expect(log).toContain('/resident/v1/aid-stage/:aid')
    expect(log).toContain(`/resident/v1/unknown/${'X'.repeat(10)}`)
    expect(log).toContain(`/resident/v1/unknown/${'X'.repeat(29)}`)
    for (const id of [UIN, VID, AID]) expect(log).not.toContain(id)
  })
})
