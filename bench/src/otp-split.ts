// Where an OTP request's time goes, in this process and one request at a time: the notifier,
// the embedded IDA, the route in-process (Fastify inject) and the route over HTTP, with the SQL
// statements each sends. The same database the loaded server used, after it stopped.
//
// The job runner does not run by itself here (WORKERS=false): after each timed request this
// runs it once (`runOnce`), untimed, so the messages a request queued (the OTP email, the
// verification notice) are delivered and their statements counted apart, as background.
import { Writable } from 'node:stream'
import { type Config, createEmbeddedServer, loadKeys, RESIDENT_PARTNER_ID } from '@resident/server'
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
import type { CountedDatabase } from './query-count.ts'
import { mean, percentile } from './stats.ts'

const WARM_UP = 20

/** One timed run of a step: wall clock and this process's CPU, and the statements it sent. */
interface Run {
  wallMs: number
  cpuMs: number
  /** Statements the step's work sent to the database. */
  queries: number
  /** Statements the job runner then sent delivering what the work queued. */
  background: number
}

export interface SplitInput {
  database: CountedDatabase
  /** With `workers: false`: this measurement runs the jobs itself. */
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
  const { individuals, runs, nextTransactionId, config } = input
  const { handle, queries } = input.database
  if (config.workers) throw new Error('the split runs the jobs itself: configure WORKERS=false')
  // Warnings and errors (the configured level) from the app, the platform and the jobs.
  const warnings: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      warnings.push(String(chunk).trim())
      done()
    },
  })
  const keys = await loadKeys(config)
  const { app, ports, jobs } = await createEmbeddedServer({
    config,
    db: handle.db,
    keys,
    logStream,
  })
  const mailbox = ports.notifier.mailbox
  if (!mailbox) throw new Error('the development mailbox is off')
  try {
    const address = await app.listen({ host: '127.0.0.1', port: 0 })
    // Whatever an earlier run left queued, then what an empty run costs (its claim finding
    // nothing): background counts are net of it, as a running worker claims once per batch.
    await jobs.runOnce()
    const idle = queries()
    await jobs.runOnce()
    const emptyRun = queries() - idle

    let cursor = input.offset
    let sent = 0
    const nextPerson = async () => {
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

    /** One step: `prepare` untimed, `work` timed and counted, then the jobs it queued run. */
    const step =
      <T>(prepare: () => Promise<T>, work: (item: T) => Promise<void>) =>
      async (): Promise<Run> => {
        const item = await prepare()
        const before = queries()
        const cpu = process.cpuUsage()
        const started = performance.now()
        await work(item)
        const wallMs = performance.now() - started
        const used = process.cpuUsage(cpu)
        const after = queries()
        await jobs.runOnce()
        return {
          wallMs,
          cpuMs: (used.user + used.system) / 1000,
          queries: after - before,
          background: queries() - after - emptyRun,
        }
      }

    /** A fresh OTP, sent through the route (so its SEND_OTP event exists), delivered, read back. */
    const ticket = async (): Promise<OtpTicket> => {
      const { who } = await nextPerson()
      const transactionId = nextTransactionId()
      sent += 1
      must(isOtpSent(await inject(SEND_PATH, sendBody(who.individualId, transactionId))), 'a send')
      await jobs.runOnce()
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

    const steps: [SplitStep, () => Promise<Run>][] = [
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
            purpose: 'verify-contact',
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
            purpose: 'verify-contact',
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
    const measured = new Map<SplitStep, Run[]>(steps.map(([name]) => [name, []]))
    for (let i = 0; i < WARM_UP + runs; i++) {
      for (const [name, run] of steps) {
        const result = await run()
        if (i >= WARM_UP) measured.get(name)?.push(result)
      }
    }
    const rows: SplitRow[] = steps.map(([name]) => {
      const r = measured.get(name) ?? []
      const wall = r.map((x) => x.wallMs)
      return {
        step: name,
        runs: r.length,
        p50Ms: percentile(wall, 0.5),
        p99Ms: percentile(wall, 0.99),
        meanMs: mean(wall),
        cpuMeanMs: mean(r.map((x) => x.cpuMs)),
        queriesMean: mean(r.map((x) => x.queries)),
        backgroundQueriesMean: mean(r.map((x) => x.background)),
      }
    })
    if (warnings.length > 0) {
      throw new Error(`the server logged warnings: ${[...new Set(warnings)].join('\n')}`)
    }
    return { rows, sent }
  } finally {
    await app.close()
  }
}
