import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** Test helpers: a real SMTP server and an HTTP SMS gateway on random local ports. */

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

export async function startSmtpServer() {
  const received: ReceivedMail[] = []
  /** While true, every message is refused with 451 (a mail server that is down for a while). */
  const state = { refusing: false, refused: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (!state.refusing) return callback()
      state.refused += 1
      const busy = Object.assign(new Error('Try again later'), { responseCode: 451 })
      callback(busy)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A port nothing listens on (taken, then released). */
export async function deadPort(): Promise<number> {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

export interface SmsGateway {
  url: string
  received: { contentType: string | undefined; body: unknown }[]
  /** Status to answer with; `hang` never answers. */
  reply: number | 'hang'
  close(): Promise<void>
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const gateway: SmsGateway = {
    url: '',
    received: [],
    reply: 200,
    close: async () => {},
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      gateway.received.push({
        contentType: req.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      })
      if (gateway.reply === 'hang') return
      res.writeHead(gateway.reply, { 'content-type': 'application/json' }).end('{"status":"ok"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  gateway.url = `http://127.0.0.1:${port}/sms`
  gateway.close = () => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return gateway
}

// A small MIME reader, enough for nodemailer's output (no mail parser is installed).

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ')
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: raw.slice(at + 4) }
}

function qpBytes(text: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = []
  const input = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(input.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(input.slice(i + 1, i + 3), 16))
      i += 2
    } else if (ch === '_' && underscoreIsSpace) bytes.push(32)
    else bytes.push(...Buffer.from(ch, 'utf8'))
  }
  return Buffer.from(bytes)
}

/** RFC 2047 encoded words, e.g. a UTF-8 subject. */
export function decodeWords(value: string): string {
  return value.replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?/g, (_, enc, data) =>
    (enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data, true)).toString(
      'utf8',
    ),
  )
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    case 'quoted-printable':
      return qpBytes(body, false).toString('utf8')
    default:
      return body
  }
}

export interface ParsedMail {
  headers: Map<string, string>
  subject: string
  text: string
  html: string
}

export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw)
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1]
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitHead(p.replace(/^\r\n/, '')))
    : [{ headers, body }]
  const find = (type: string) => {
    const part = parts.find((p) => p.headers.get('content-type')?.startsWith(type))
    if (!part) return ''
    return decodeBody(part.body.replace(/\r\n$/, ''), part.headers.get('content-transfer-encoding'))
  }
  return {
    headers,
    subject: decodeWords(headers.get('subject') ?? ''),
    text: find('text/plain').replace(/\r\n/g, '\n'),
    html: find('text/html').replace(/\r\n/g, '\n'),
  }
}
