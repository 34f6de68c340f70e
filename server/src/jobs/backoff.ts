/** Retry delays: exponential from `baseMs`, capped at `capMs`, jittered. */
export interface BackoffOptions {
  /** Delay after the first failure, before jitter (default 1 s). */
  baseMs?: number
  /** Longest delay (default 10 min). */
  capMs?: number
  /** Uniform in [0, 1); injectable for tests (default Math.random). */
  random?: () => number
}

/**
 * The delay before retrying after failed attempt `attempt` (1-based): base·2^(attempt−1), capped,
 * then a random point between half and all of it, so workers that failed together spread out.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 1000
  const cap = options.capMs ?? 10 * 60_000
  const random = options.random ?? Math.random
  const exponential = Math.min(cap, base * 2 ** Math.max(0, attempt - 1))
  return Math.round(exponential / 2 + random() * (exponential / 2))
}
