import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { requestOtp } from '../../api/otp.ts'
import { type CaptchaControl, useCaptcha } from '../captcha/useCaptcha.ts'
import { useLeaveSignal } from '../useLeaveSignal.ts'
import { createOtpFlow, type OtpFlow, type OtpFlowHandlers, type OtpFlowState } from './otpFlow.ts'

export interface OtpFlowControl<C, R> extends Omit<OtpFlow<C, R>, 'getState' | 'subscribe'> {
  state: OtpFlowState<C, R>
  captcha: CaptchaControl
}

/**
 * The one-time code flow (otpFlow.ts) for a page: codes are sent with `requestOtp` and the
 * captcha, and every request stops when the page goes. `handlers` may change between renders
 * (e.g. with the channel chosen); the flow uses the latest.
 */
export function useOtpFlow<C, R>(
  captchaEnabled: boolean,
  handlers: OtpFlowHandlers<C, R>,
): OtpFlowControl<C, R> {
  const captcha = useCaptcha(captchaEnabled)
  const signal = useLeaveSignal()
  const latest = useRef({ handlers, captcha })
  useLayoutEffect(() => {
    latest.current = { handlers, captcha }
  })
  const [flow] = useState(() =>
    createOtpFlow<C, R>(() => ({
      ...latest.current.handlers,
      sendCode: (target, transactionId, signal) =>
        requestOtp(target, { transactionId, withCaptcha: latest.current.captcha.send, signal }),
      signal,
      now: Date.now,
    })),
  )
  const state = useSyncExternalStore(flow.subscribe, flow.getState)
  const { setNumber, submit, verify, resend, startOver } = flow
  return { state, captcha, setNumber, submit, verify, resend, startOver }
}
