import { isAbort } from '../../api/client.ts'
import type { OtpSent, OtpTarget } from '../../api/otp.ts'

/*
 * The one-time code flow of Get my UIN and Verify, as one state machine:
 *
 *   enterId ─submit→ checking ─send→ sending ─sent→ codeSent ─verify→ verifying ─finish→ done
 *                       └─finish→ done          (nothing to send: the feature's own answer)
 *   codeSent ─resend→ resending ─sent→ codeSent (a new code for the same transaction id)
 *
 * `checking` is the feature's look-up of the number (the stage of an application, whether a
 * contact is verified). `sending` is the captcha step: the proof the browser worked out while the
 * resident typed is taken (awaited if still being solved, solved again if refused) and goes with
 * the request for the code. A failure goes back to the step the resident acts on (`enterId` or
 * `codeSent`), which says what went wrong; `startOver` goes back to `enterId` from anywhere.
 * Events that do not fit the current step change nothing.
 */

/** A code was sent: where to, and what the feature learnt when it looked the number up. */
export interface CodeSent<C> {
  target: OtpTarget
  /** E.g. the masked contact being verified. */
  context: C
  sent: OtpSent
  /** When the current code was sent (ms). */
  sentAt: number
}

export type OtpFlowStep<C, R> =
  | { step: 'enterId' }
  | { step: 'checking'; id: string }
  | { step: 'sending'; target: OtpTarget; context: C }
  | ({ step: 'codeSent' | 'verifying' | 'resending' } & CodeSent<C>)
  | { step: 'done'; result: R }

/** Where the flow is, and the number in the form (kept when the resident starts over). */
export type OtpFlowState<C, R> = OtpFlowStep<C, R> & { number: string }

export type OtpFlowEvent<C, R> =
  | { type: 'type'; number: string }
  | { type: 'submit'; id: string }
  | { type: 'send'; target: OtpTarget; context: C }
  | { type: 'sent'; sent: OtpSent; at: number }
  | { type: 'verify' }
  | { type: 'resend' }
  | { type: 'finish'; result: R }
  | { type: 'fail' }
  | { type: 'startOver'; keepNumber: boolean }

export const initialOtpFlow = <C, R>(): OtpFlowState<C, R> => ({ step: 'enterId', number: '' })

/** The code step of a state that has one (code sent, being checked, being sent again). */
function codeOf<C>(state: CodeSent<C>): CodeSent<C> {
  return { target: state.target, context: state.context, sent: state.sent, sentAt: state.sentAt }
}

export function otpFlowReducer<C, R>(
  state: OtpFlowState<C, R>,
  event: OtpFlowEvent<C, R>,
): OtpFlowState<C, R> {
  const { number } = state
  switch (event.type) {
    case 'type':
      return state.step === 'enterId' ? { ...state, number: event.number } : state
    case 'submit':
      return state.step === 'enterId' ? { step: 'checking', id: event.id, number } : state
    case 'send':
      return state.step === 'checking'
        ? { step: 'sending', target: event.target, context: event.context, number }
        : state
    case 'sent':
      if (state.step === 'sending') {
        const { target, context } = state
        return { step: 'codeSent', target, context, sent: event.sent, sentAt: event.at, number }
      }
      return state.step === 'resending'
        ? { ...codeOf(state), step: 'codeSent', sent: event.sent, sentAt: event.at, number }
        : state
    case 'verify':
    case 'resend':
      return state.step === 'codeSent'
        ? { ...codeOf(state), step: event.type === 'verify' ? 'verifying' : 'resending', number }
        : state
    case 'finish':
      return state.step === 'checking' || state.step === 'verifying'
        ? { step: 'done', result: event.result, number }
        : state
    case 'fail':
      if (state.step === 'checking' || state.step === 'sending') return { step: 'enterId', number }
      return state.step === 'verifying' || state.step === 'resending'
        ? { ...codeOf(state), step: 'codeSent', number }
        : state
    case 'startOver':
      return { step: 'enterId', number: event.keepNumber ? number : '' }
  }
}

/** What the feature found for a number: its answer at once, or where to send a code. */
export type LookUp<C, R> = { result: R } | { sendTo: OtpTarget; context: C }

/** The feature's part of the flow. */
export interface OtpFlowHandlers<C, R> {
  /** Looks the number up (e.g. the stage of an application); rejects with the server's error. */
  lookUp: (id: string, signal: AbortSignal) => Promise<LookUp<C, R>>
  /** Checks the code and does what it was for; rejects with the server's error. */
  checkCode: (
    code: { otp: string; target: OtpTarget; transactionId: string; context: C },
    signal: AbortSignal,
  ) => Promise<R>
}

export interface OtpFlowConfig<C, R> extends OtpFlowHandlers<C, R> {
  /** Sends a code (`requestOtp` with the captcha); a resend passes the transaction id. */
  sendCode: (
    target: OtpTarget,
    transactionId: string | undefined,
    signal: AbortSignal,
  ) => Promise<OtpSent>
  /** The signal for requests, aborted when the page goes. */
  signal: () => AbortSignal
  now: () => number
}

export interface OtpFlow<C, R> {
  getState: () => OtpFlowState<C, R>
  subscribe: (listener: () => void) => () => void
  setNumber: (number: string) => void
  /** Looks the number up, then sends a code (or ends with the feature's answer). */
  submit: (id: string) => Promise<void>
  /** Checks the code. */
  verify: (otp: string) => Promise<void>
  /** Sends a new code for the same request. */
  resend: () => Promise<void>
  startOver: (keepNumber: boolean) => void
}

const dropped = () => new DOMException('Not for this step any more', 'AbortError')

/**
 * The flow as a small store: the steps above, and the requests that move it along. Each action
 * rejects with the failure (for the step on screen to say it) after the flow went back. Answers
 * that arrive after the resident started over are dropped, and an action that does not fit the
 * current step (a second click) is refused: both reject as an abort, which the steps ignore.
 * `config` is read at each request, so it may change between renders.
 */
export function createOtpFlow<C, R>(config: () => OtpFlowConfig<C, R>): OtpFlow<C, R> {
  let state = initialOtpFlow<C, R>()
  let round = 0
  const listeners = new Set<() => void>()

  const dispatch = (event: OtpFlowEvent<C, R>) => {
    const next = otpFlowReducer(state, event)
    if (next === state) return
    state = next
    for (const listener of listeners) listener()
  }

  /** Runs the requests of one action; its events count only while the round is the same. */
  const run = async (
    start: OtpFlowEvent<C, R>,
    work: (step: (event: OtpFlowEvent<C, R>) => void) => Promise<void>,
  ) => {
    const before = state
    dispatch(start)
    if (state === before) throw dropped()
    const mine = round
    const step = (event: OtpFlowEvent<C, R>) => {
      if (mine !== round) throw dropped()
      dispatch(event)
    }
    try {
      await work(step)
    } catch (error) {
      if (mine !== round) throw isAbort(error) ? error : dropped()
      dispatch({ type: 'fail' })
      throw error
    }
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setNumber: (number) => dispatch({ type: 'type', number }),
    submit: (id) =>
      run({ type: 'submit', id }, async (step) => {
        const { lookUp, sendCode, signal, now } = config()
        const found = await lookUp(id, signal())
        if ('result' in found) return step({ type: 'finish', result: found.result })
        step({ type: 'send', target: found.sendTo, context: found.context })
        const sent = await sendCode(found.sendTo, undefined, signal())
        step({ type: 'sent', sent, at: now() })
      }),
    verify: (otp) => {
      const code = state.step === 'codeSent' ? codeOf(state) : undefined
      return run({ type: 'verify' }, async (step) => {
        if (!code) return
        const { checkCode, signal } = config()
        const { target, context, sent } = code
        const result = await checkCode(
          { otp, target, transactionId: sent.transactionId, context },
          signal(),
        )
        step({ type: 'finish', result })
      })
    },
    resend: () => {
      const code = state.step === 'codeSent' ? codeOf(state) : undefined
      return run({ type: 'resend' }, async (step) => {
        if (!code) return
        const { sendCode, signal, now } = config()
        const sent = await sendCode(code.target, code.sent.transactionId, signal())
        step({ type: 'sent', sent, at: now() })
      })
    },
    startOver: (keepNumber) => {
      round += 1
      dispatch({ type: 'startOver', keepNumber })
    },
  }
}
