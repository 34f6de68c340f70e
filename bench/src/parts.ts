// Which parts of the benchmark a run measures: all by default, or those named by
// `--only otp,pdf` (also `--only=otp`) or BENCH_ONLY=otp (handy through `npm run bench`).
export const PARTS = ['centres', 'otp', 'mix', 'start', 'pdf', 'portal', 'fuzz'] as const
export type Part = (typeof PARTS)[number]

export function selectedParts(argv: string[], env: string | undefined): Set<Part> {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='))
  const flag = at < 0 ? undefined : (argv[at]?.split('=')[1] ?? argv[at + 1])
  const raw = flag ?? env
  if (at >= 0 && !flag) throw new Error(`--only needs a list of parts: ${PARTS.join(', ')}`)
  if (!raw) return new Set(PARTS)
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !(PARTS as readonly string[]).includes(n))
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`unknown benchmark part "${unknown.join(', ')}"; parts: ${PARTS.join(', ')}`)
  }
  return new Set(names as Part[])
}
