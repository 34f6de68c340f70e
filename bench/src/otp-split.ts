// Where an OTP request's time goes, in this process and one request at a time: the notifier,
// the embedded IDA, the route in-process (Fastify inject) and the route over HTTP. The same
// database the loaded server used, after it stopped.
import { buildApp } from '../../server/src/app.ts'
import type { Config } from '../../server/src/config.ts'
import type { DatabaseHandle } from '../../server/src/db/database.ts'
import { loadKeys } from '../../server/src/keys/load.ts'
import { RESIDENT_PARTNER_ID } from '../../server/src/otp/otp-service.ts'
import { createEmbeddedPorts } from '../../server/src/platform/embedded/index.ts'
import type { Identity } from '../../server/src/platform/identity.ts'
import type { OtpIndividual } from './otp-identities.ts'
import type { SplitRow, SplitStep } from './otp-report.ts'
import {
  isOtpSent,
  isOtpValidated,
  type OtpTicket,
  otpIn,
  SEND_PATH,
  sendBody,
  VALIDATE_PATH,
  validateBody,
} from './otp-requests.ts'
import { mean, percentile } from './stats.ts'

const WARM_UP = 20

/** One timed run of a step: its work's milliseconds, of wall clock and of this process's CPU. */
type Step = () => Promise<{ wallMs: number; cpuMs: number }>

function step<T>(prepare: () => Promise<T>, work: (item: T) => Promise<void>): Step {
  return async () => {
    const item = await prepare()
    const cpu = process.cpuUsage()
    const started = performance.now()
    await work(item)
    const wallMs = performance.now() - started
    const used = process.cpuUsage(cpu)
    return { wallMs, cpuMs: (used.user + used.system) / 1000 }
  }
}

export interface SplitInput {
  handle: DatabaseHandle
  config: Config
  individuals: OtpIndividual[]
  /** Where in the rotation of individuals to start. */
  offset: number
  runs: number
  nextTransactionId: () => string
}

/** Times each step `runs` times after a warm-up; also says how many OTPs it sent. */
export async function measureOtpSplit(
  input: SplitInput,
): Promise<{ rows: SplitRow[]; sent: number }> {
  const { individuals, runs, nextTransactionId } = input
  const warnings: string[] = []
  const keys = await loadKeys(input.config)
  const ports = createEmbeddedPorts(input.handle.db, {
    config: input.config,
    keys,
    log: { warn: (_obj, msg) => warnings.push(msg) },
  })
  const mailbox = ports.notifier.mailbox
  if (!mailbox) throw new Error('the development mailbox is off')
  const app = await buildApp(input.config, ports)
  try {
    const address = await app.listen({ host: '127.0.0.1', port: 0 })
    let cursor = input.offset
    let sent = 0
    const nextPerson = async (): Promise<{ who: OtpIndividual; person: Identity }> => {
      const who = individuals[cursor++ % individuals.length] as OtpIndividual
      const person = await ports.identity.identity(who.individualId)
      if (!person) throw new Error('an individual of the benchmark has no identity')
      return { who, person }
    }
    const inject = async (url: string, payload: string) =>
      (
        await app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload,
        })
      ).body
    const overHttp = async (url: string, body: string) => {
      const response = await fetch(address + url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })
      return response.text()
    }
    const must = (ok: boolean, what: string) => {
      if (!ok) throw new Error(`${what} failed in the in-process split`)
    }

    /** A fresh OTP, sent through the route (so its SEND_OTP event exists) and read back. */
    const ticket = async (): Promise<OtpTicket> => {
      const { who } = await nextPerson()
      const transactionId = nextTransactionId()
      sent += 1
      must(isOtpSent(await inject(SEND_PATH, sendBody(who.individualId, transactionId))), 'a send')
      const [message] = await mailbox.list({ to: who.email, limit: 1 })
      const otp = message ? otpIn(message.body) : undefined
      if (!otp) throw new Error('an OTP sent was not in the development mailbox')
      return { individualId: who.individualId, transactionId, otp }
    }
    const sendPrep = async () => ({ ...(await nextPerson()), transactionId: nextTransactionId() })
    const sending = (work: (who: OtpIndividual, transactionId: string) => Promise<void>) =>
      step(sendPrep, async ({ who, transactionId }) => {
        sent += 1
        await work(who, transactionId)
      })

    const steps: [SplitStep, Step][] = [
      [
        'send-notifier',
        step(nextPerson, async ({ who, person }) => {
          const result = await ports.notifier.send({
            topic: 'receive-otp',
            templateType: 'success',
            languages: person.languages,
            to: { email: who.email },
            variables: { otp: '000000', validMinutes: 3, name: person.fullName },
          })
          must(result.email === 'sent', 'a notification')
        }),
      ],
      [
        'send-ida',
        sending(async (who, transactionId) => {
          const result = await ports.idAuth.sendOtp({
            individualId: who.individualId,
            transactionId,
            channels: ['EMAIL'],
            partnerId: RESIDENT_PARTNER_ID,
          })
          must(result.ok, 'an IDA send')
        }),
      ],
      [
        'send-inject',
        sending(async (who, transactionId) => {
          must(
            isOtpSent(await inject(SEND_PATH, sendBody(who.individualId, transactionId))),
            'a send',
          )
        }),
      ],
      [
        'send-http',
        sending(async (who, transactionId) => {
          const body = await overHttp(SEND_PATH, sendBody(who.individualId, transactionId))
          must(isOtpSent(body), 'a send over HTTP')
        }),
      ],
      [
        'validate-ida',
        step(ticket, async (t) => {
          const result = await ports.idAuth.authenticateOtp({
            ...t,
            partnerId: RESIDENT_PARTNER_ID,
          })
          must(result.ok, 'an IDA validation')
        }),
      ],
      [
        'validate-inject',
        step(ticket, async (t) => {
          must(isOtpValidated(await inject(VALIDATE_PATH, validateBody(t))), 'a validation')
        }),
      ],
      [
        'validate-http',
        step(ticket, async (t) => {
          must(isOtpValidated(await overHttp(VALIDATE_PATH, validateBody(t))), 'a validation')
        }),
      ],
    ]
    // Steps take turns, so a neighbour's burst of work on a shared machine falls on all of them.
    const times = new Map<SplitStep, { wall: number[]; cpu: number[] }>(
      steps.map(([name]) => [name, { wall: [], cpu: [] }]),
    )
    for (let i = 0; i < WARM_UP + runs; i++) {
      for (const [name, run] of steps) {
        const { wallMs, cpuMs } = await run()
        const t = times.get(name)
        if (i >= WARM_UP && t) {
          t.wall.push(wallMs)
          t.cpu.push(cpuMs)
        }
      }
    }
    const rows: SplitRow[] = steps.map(([name]) => {
      const t = times.get(name) ?? { wall: [], cpu: [] }
      return {
        step: name,
        runs: t.wall.length,
        p50Ms: percentile(t.wall, 0.5),
        p99Ms: percentile(t.wall, 0.99),
        meanMs: mean(t.wall),
        cpuMeanMs: mean(t.cpu),
      }
    })
    if (warnings.length > 0) throw new Error(`the platform warned: ${[...new Set(warnings)]}`)
    return { rows, sent }
  } finally {
    await app.close()
  }
}
