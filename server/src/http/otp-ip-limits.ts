import type { Config } from '../config.ts'
import type { PublicGuards } from './guards.ts'
import { perIp, type RateLimits, type RequestGuard } from './rate-limit.ts'

const DAY_SECONDS = 86_400

/** Runs each guard in turn; the first refusal stops the rest (nothing more is spent). */
function each(...guards: RequestGuard[]): RequestGuard {
  return async (request, reply) => {
    for (const guard of guards) await guard(request, reply)
  }
}

/**
 * The per-client-address budgets of the OTP routes (issue 10), in the shared rate-limit store:
 * sends per window and per day (a flood from one address ends within the day whatever ids it
 * rotates through), and checks per window in a budget of their own, so a resident's tries at a
 * code never eat the sends.
 */
export function otpIpLimits(
  limits: RateLimits,
  config: Config,
): Pick<PublicGuards, 'ipLimit' | 'otpCheck'> {
  const window = config.ipLimit.windowSeconds
  const { sendsPerDay, checks } = config.otpAbuse.perIp
  return {
    ipLimit: each(
      perIp(limits.limiter('otp-ip', { points: config.ipLimit.requests, durationSeconds: window })),
      perIp(limits.limiter('otp-ip-day', { points: sendsPerDay, durationSeconds: DAY_SECONDS })),
    ),
    otpCheck: perIp(limits.limiter('otp-check-ip', { points: checks, durationSeconds: window })),
  }
}
