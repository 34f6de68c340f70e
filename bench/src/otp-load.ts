// OTP send and validate over HTTP: the real server against bare Fastify answering the bodies
// the real one answered, sends and validations each checked to be real successes.
import { startBareServer } from './bare-server.ts'
import { emptyTally, type LoadOptions, measurePair, slice, summarise, warmUp } from './load.ts'
import type { OtpIndividual } from './otp-identities.ts'
import { jobsDone, preSendOtps } from './otp-pool.ts'
import { compareOtp, type OtpComparison } from './otp-report.ts'
import {
  isOtpSent,
  isOtpValidated,
  postOk,
  SEND_PATH,
  sendBody,
  sendWorkload,
  transactionIds,
  VALIDATE_PATH,
  validateBody,
  validateWorkload,
} from './otp-requests.ts'
import { loadProblems } from './report.ts'
import { checkBothRunning, type RunningServer } from './server-process.ts'

const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

export interface MeasuredOtp {
  comparisons: OtpComparison[]
  /** OTPs sent and read back before the validation load, and the seconds it took. */
  preSent: number
  preSendSeconds: number
  /** Seconds the real server's job runner took, after its send rounds, to deliver the rest. */
  sendBacklogSeconds: number
  /** OTPs the server sent (probes, loads, pre-sends): the next rotation starts after them. */
  sent: number
}

export interface OtpLoadOptions {
  load: LoadOptions
  log(line: string): void
}

/** Loads send and validate on `real` and on a bare server answering their captured bodies. */
export async function measureOtp(
  name: string,
  real: RunningServer,
  individuals: OtpIndividual[],
  options: OtpLoadOptions,
  bareDir: string,
  problems: string[],
): Promise<MeasuredOtp> {
  const { load, log } = options
  const nextTransactionId = transactionIds()
  const first = individuals[0] as OtpIndividual
  const sendAnswer = await postOk(
    real.baseUrl + SEND_PATH,
    sendBody(first.individualId, nextTransactionId()),
    isOtpSent,
  )
  const [probe] = await preSendOtps({
    baseUrl: real.baseUrl,
    individuals,
    offset: 1,
    count: 1,
    connections: 1,
    nextTransactionId,
  })
  if (!probe) throw new Error('no OTP to probe the validation with')
  const validateAnswer = await postOk(
    real.baseUrl + VALIDATE_PATH,
    validateBody(probe),
    isOtpValidated,
  )
  let sent = 2
  const bare = await startBareServer(
    [
      { method: 'POST', url: SEND_PATH, body: sendAnswer },
      { method: 'POST', url: VALIDATE_PATH, body: validateAnswer },
    ],
    bareDir,
  )
  try {
    log(`  loading OTP send: ${load.seconds} s on each server, ${load.rounds} alternating rounds…`)
    const sends = sendWorkload(individuals, nextTransactionId, sent)
    // The emails the sends queued are delivered before the bare server's turn (untimed).
    let sendBacklogSeconds = 0
    const send = await measurePair(
      `${name} otp send`,
      real.baseUrl,
      bare.baseUrl,
      sends,
      load,
      sendWorkload(individuals, nextTransactionId),
      async () => {
        const started = performance.now()
        await jobsDone(real.baseUrl)
        sendBacklogSeconds += (performance.now() - started) / 1000
      },
    )
    sent += sends.issued()
    await settle()

    // Validation: each round sends its OTPs first (not timed), then validates every one of them
    // on the real server; the bare server gets as many seconds as the real one took, after the
    // real one delivered the notices the validations queued (untimed).
    const each = load.seconds / load.rounds
    const perRound = Math.max(load.connections * 20, Math.ceil(send.real.rps * each))
    log(`  loading OTP validate: ${load.rounds} rounds of ${perRound} OTPs sent first…`)
    let preSent = 0
    let preSendSeconds = 0
    const pool = async (count: number) => {
      const started = performance.now()
      const tickets = await preSendOtps({
        baseUrl: real.baseUrl,
        individuals,
        offset: sent,
        count,
        connections: load.connections,
        nextTransactionId,
      })
      sent += count
      preSent += count
      preSendSeconds += (performance.now() - started) / 1000
      return tickets
    }
    if (load.warmupSeconds > 0) {
      const tickets = await pool(load.connections * 20)
      await warmUp(real.baseUrl, validateWorkload(tickets), load.connections, {
        amount: tickets.length,
      })
      await jobsDone(real.baseUrl)
      await warmUp(bare.baseUrl, validateWorkload(tickets), load.connections, {
        seconds: load.warmupSeconds,
      })
    }
    const realTally = emptyTally()
    const bareTally = emptyTally()
    for (let i = 0; i < load.rounds; i++) {
      const tickets = await pool(perRound)
      const workload = validateWorkload(tickets)
      const took = await slice(realTally, real.baseUrl, workload, load.connections, {
        amount: tickets.length,
      })
      await jobsDone(real.baseUrl)
      await slice(bareTally, bare.baseUrl, workload, load.connections, {
        seconds: Math.max(1, took),
      })
    }
    const validate = {
      real: summarise(`${name} otp validate real`, perRound, load.connections, realTally),
      bare: summarise(`${name} otp validate bare`, perRound, load.connections, bareTally),
    }
    for (const r of [send.real, send.bare, validate.real, validate.bare]) {
      problems.push(...loadProblems(r.name, r))
    }
    checkBothRunning(real, bare)
    return {
      comparisons: [
        compareOtp('send', send.real, send.bare, sendAnswer.length),
        compareOtp('validate', validate.real, validate.bare, validateAnswer.length),
      ],
      preSent,
      preSendSeconds,
      sendBacklogSeconds,
      sent,
    }
  } finally {
    await bare.stop()
  }
}
