import { describe, expect, it, vi } from 'vitest'
import { isAbort } from '../../api/client.ts'
import type { OtpSent, OtpTarget } from '../../api/otp.ts'
import {
  createOtpFlow,
  initialOtpFlow,
  type LookUp,
  type OtpFlowConfig,
  type OtpFlowEvent,
  type OtpFlowState,
  otpFlowReducer,
} from './otpFlow.ts'

type Context = { contact: string }
type Result = string
type State = OtpFlowState<Context, Result>

const target: OtpTarget = { path: '/req/otp', individualId: '2345678901', channels: ['EMAIL'] }
const context: Context = { contact: 'a***@x.org' }
const sent = (transactionId = '1234567890', maskedEmail = 'a***@x.org'): OtpSent => ({
  transactionId,
  maskedMobile: null,
  maskedEmail,
})

const reduce = (state: State, ...events: OtpFlowEvent<Context, Result>[]) =>
  events.reduce(otpFlowReducer, state)

const start = (): State => ({ ...initialOtpFlow<Context, Result>(), number: '2345678901' })

/** A code on screen, as after a first send. */
const codeSent = () =>
  reduce(
    start(),
    { type: 'submit', id: '2345678901' },
    { type: 'send', target, context },
    { type: 'sent', sent: sent(), at: 1000 },
  )

describe('the one-time code steps', () => {
  it('go from the number to a code sent, then to the end once the code is right', () => {
    let state = reduce(start(), { type: 'submit', id: '2345678901' })
    expect(state).toEqual({ step: 'checking', id: '2345678901', number: '2345678901' })
    state = reduce(state, { type: 'send', target, context })
    expect(state).toEqual({ step: 'sending', target, context, number: '2345678901' })
    state = reduce(state, { type: 'sent', sent: sent(), at: 1000 })
    expect(state).toEqual({
      step: 'codeSent',
      target,
      context,
      sent: sent(),
      sentAt: 1000,
      number: '2345678901',
    })
    state = reduce(state, { type: 'verify' })
    expect(state.step).toBe('verifying')
    expect(reduce(state, { type: 'finish', result: 'verified' })).toEqual({
      step: 'done',
      result: 'verified',
      number: '2345678901',
    })
  })

  it("end at the look-up when there is nothing to send (the feature's own answer)", () => {
    const state = reduce(
      start(),
      { type: 'submit', id: '2345678901' },
      { type: 'finish', result: 'already verified' },
    )
    expect(state).toMatchObject({ step: 'done', result: 'already verified' })
  })

  it('send a new code for the same request, restarting its clock', () => {
    const resending = reduce(codeSent(), { type: 'resend' })
    expect(resending).toMatchObject({ step: 'resending', sentAt: 1000 })
    const again = reduce(resending, {
      type: 'sent',
      sent: sent('1234567890', 'b***@x.org'),
      at: 5000,
    })
    expect(again).toEqual({
      step: 'codeSent',
      target,
      context,
      sent: sent('1234567890', 'b***@x.org'),
      sentAt: 5000,
      number: '2345678901',
    })
  })

  it('go back to the step the resident acts on after a failure', () => {
    expect(reduce(start(), { type: 'submit', id: '1' }, { type: 'fail' })).toEqual(start())
    expect(
      reduce(
        start(),
        { type: 'submit', id: '1' },
        { type: 'send', target, context },
        {
          type: 'fail',
        },
      ),
    ).toEqual(start())
    // The code on screen still works after a wrong code or a failed resend.
    expect(reduce(codeSent(), { type: 'verify' }, { type: 'fail' })).toEqual(codeSent())
    expect(reduce(codeSent(), { type: 'resend' }, { type: 'fail' })).toEqual(codeSent())
  })

  it('ignore events that do not fit the step', () => {
    const idle = start()
    for (const event of [
      { type: 'verify' },
      { type: 'resend' },
      { type: 'sent', sent: sent(), at: 1 },
      { type: 'finish', result: 'x' },
      { type: 'fail' },
    ] as const) {
      expect(reduce(idle, event)).toBe(idle)
    }
    const checking = reduce(idle, { type: 'submit', id: '1' })
    expect(reduce(checking, { type: 'submit', id: '2' })).toBe(checking)
    expect(reduce(checking, { type: 'type', number: '9' })).toBe(checking)
    const sending = reduce(checking, { type: 'send', target, context })
    expect(reduce(sending, { type: 'finish', result: 'x' })).toBe(sending)
    const code = codeSent()
    expect(reduce(code, { type: 'sent', sent: sent('9'), at: 2 })).toBe(code)
  })

  it('start over from any step, keeping the number or not', () => {
    for (const state of [codeSent(), reduce(codeSent(), { type: 'verify' }), start()]) {
      expect(reduce(state, { type: 'startOver', keepNumber: true })).toEqual({
        step: 'enterId',
        number: '2345678901',
      })
      expect(reduce(state, { type: 'startOver', keepNumber: false })).toEqual({
        step: 'enterId',
        number: '',
      })
    }
  })

  it('keep what is typed', () => {
    expect(reduce(initialOtpFlow(), { type: 'type', number: '23' })).toEqual({
      step: 'enterId',
      number: '23',
    })
  })
})

/** A promise settled from the outside. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  return { promise, resolve, reject }
}

function setup(overrides: Partial<OtpFlowConfig<Context, Result>> = {}) {
  const signal = new AbortController().signal
  const clock = { now: 1000 }
  const config = {
    lookUp: vi.fn(
      async (_id: string, _signal: AbortSignal): Promise<LookUp<Context, Result>> => ({
        sendTo: target,
        context,
      }),
    ),
    sendCode: vi.fn(async (_target: OtpTarget, transactionId: string | undefined) =>
      sent(transactionId ?? '1111111111'),
    ),
    checkCode: vi.fn(async () => 'verified'),
    signal: () => signal,
    now: () => clock.now,
    ...overrides,
  }
  const flow = createOtpFlow<Context, Result>(() => config)
  const steps: string[] = []
  flow.subscribe(() => steps.push(flow.getState().step))
  flow.setNumber('2345678901')
  return { flow, config, steps, signal, clock }
}

/** Rejects as an abort (what the steps on screen ignore). */
const expectDropped = async (action: Promise<void>) => {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isAbort(error)).toBe(true)
}

describe('the one-time code flow', () => {
  it('looks the number up, sends a code with a new transaction id, then checks it', async () => {
    const { flow, config, steps, signal } = setup()
    await flow.submit('2345678901')
    expect(config.lookUp).toHaveBeenCalledWith('2345678901', signal)
    expect(config.sendCode).toHaveBeenCalledWith(target, undefined, signal)
    expect(steps).toEqual(['enterId', 'checking', 'sending', 'codeSent'])
    expect(flow.getState()).toMatchObject({ step: 'codeSent', sent: sent('1111111111') })

    await flow.verify('123456')
    expect(config.checkCode).toHaveBeenCalledWith(
      { otp: '123456', target, transactionId: '1111111111', context },
      signal,
    )
    expect(flow.getState()).toMatchObject({ step: 'done', result: 'verified' })
  })

  it('sends nothing when the look-up is the answer', async () => {
    const { flow, config } = setup({ lookUp: async () => ({ result: 'no contact' }) })
    await flow.submit('2345678901')
    expect(config.sendCode).not.toHaveBeenCalled()
    expect(flow.getState()).toMatchObject({ step: 'done', result: 'no contact' })
  })

  it('resends for the same transaction id', async () => {
    const { flow, config, clock } = setup()
    await flow.submit('2345678901')
    clock.now = 61_000
    await flow.resend()
    expect(config.sendCode).toHaveBeenLastCalledWith(target, '1111111111', expect.anything())
    expect(flow.getState()).toMatchObject({ step: 'codeSent', sentAt: 61_000 })
  })

  it('rejects with the failure once the flow went back', async () => {
    const refused = new Error('captcha refused')
    const { flow } = setup({ sendCode: async () => Promise.reject(refused) })
    await expect(flow.submit('2345678901')).rejects.toBe(refused)
    expect(flow.getState()).toEqual({ step: 'enterId', number: '2345678901' })

    const wrong = new Error('wrong code')
    const second = setup({ checkCode: async () => Promise.reject(wrong) })
    await second.flow.submit('2345678901')
    await expect(second.flow.verify('000000')).rejects.toBe(wrong)
    expect(second.flow.getState().step).toBe('codeSent')
  })

  it('drops an answer that comes after the resident started over', async () => {
    const lookUp = deferred<LookUp<Context, Result>>()
    const { flow, config } = setup({ lookUp: () => lookUp.promise })
    const submitting = flow.submit('2345678901')
    flow.startOver(false)
    lookUp.resolve({ sendTo: target, context })
    await expectDropped(submitting)
    expect(config.sendCode).not.toHaveBeenCalled()
    expect(flow.getState()).toEqual({ step: 'enterId', number: '' })
  })

  it('refuses an action while another is under way, or that does not fit the step', async () => {
    const lookUp = deferred<LookUp<Context, Result>>()
    const { flow, config } = setup({ lookUp: () => lookUp.promise })
    const first = flow.submit('2345678901')
    await expectDropped(flow.submit('2345678901'))
    await expectDropped(flow.verify('123456'))
    await expectDropped(flow.resend())
    lookUp.resolve({ result: 'status' })
    await first
    expect(config.checkCode).not.toHaveBeenCalled()
    expect(flow.getState()).toMatchObject({ step: 'done', result: 'status' })
  })
})
