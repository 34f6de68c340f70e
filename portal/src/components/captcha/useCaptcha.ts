import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiError } from '../../api/client.ts'
import { CaptchaError, solveCaptcha } from './solve.ts'

export type CaptchaStatus = 'idle' | 'solving' | 'verified' | 'failed' | 'unsupported'

export interface CaptchaControl {
  enabled: boolean
  status: CaptchaStatus
  /** The resident ticked "I'm not a robot": solve a challenge now. */
  start: () => void
  /** The resident unticked it. */
  reset: () => void
  /**
   * Runs `send` with the captcha header (none when captchas are off). Each solution works once:
   * later calls solve a new challenge by themselves, since the resident already proved they are
   * a person, and a refused (expired) solution is replaced once. Throws `CaptchaError('required')`
   * when the box was never ticked.
   */
  send: <T>(send: (headers: Record<string, string>) => Promise<T>) => Promise<T>
}

const HEADER = 'X-Captcha'

export function useCaptcha(enabled: boolean): CaptchaControl {
  const [status, setStatus] = useState<CaptchaStatus>('idle')
  const held = useRef<string | undefined>(undefined)
  const pending = useRef<Promise<string> | undefined>(undefined)
  const trusted = useRef(false)
  const controller = useRef<AbortController | undefined>(undefined)

  useEffect(() => () => controller.current?.abort(), [])

  const solve = useCallback((): Promise<string> => {
    if (pending.current) return pending.current
    setStatus('solving')
    controller.current = new AbortController()
    const run = solveCaptcha(controller.current.signal).then(
      (value) => {
        held.current = value
        setStatus('verified')
        return value
      },
      (error: unknown) => {
        trusted.current = false
        held.current = undefined
        const unsupported = error instanceof CaptchaError && error.reason === 'unsupported'
        setStatus(unsupported ? 'unsupported' : 'failed')
        throw error
      },
    )
    pending.current = run.finally(() => {
      pending.current = undefined
    })
    return pending.current
  }, [])

  const start = useCallback(() => {
    trusted.current = true
    if (!held.current) solve().catch(() => {})
  }, [solve])

  const reset = useCallback(() => {
    controller.current?.abort()
    pending.current = undefined
    trusted.current = false
    held.current = undefined
    setStatus('idle')
  }, [])

  const take = useCallback(async (): Promise<Record<string, string>> => {
    if (!held.current) {
      if (!trusted.current) throw new CaptchaError('required')
      await solve()
    }
    const value = held.current
    held.current = undefined
    if (!value) throw new CaptchaError('failed')
    return { [HEADER]: value }
  }, [solve])

  const send = useCallback(
    async <T>(call: (headers: Record<string, string>) => Promise<T>): Promise<T> => {
      if (!enabled) return call({})
      try {
        return await call(await take())
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'RES-SER-909')) throw error
        return call(await take())
      }
    },
    [enabled, take],
  )

  return useMemo(
    () => ({ enabled, status: enabled ? status : 'verified', start, reset, send }),
    [enabled, status, start, reset, send],
  )
}
