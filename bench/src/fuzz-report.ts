// What the fuzz part prints: throughput, how answers ended (HTTP status, first error code),
// the slowest routes, and every distinct broken answer with one example request.
import type { FuzzReport } from '@resident/server/fuzz'

const sorted = (counts: Record<string, number>) =>
  Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))

export function formatFuzzReport(report: FuzzReport, seed: number, serverErrors: string[]): string {
  const seconds = report.ms / 1000
  const lines = [
    `Fuzz: ${report.sent} requests in ${seconds.toFixed(1)} s, ` +
      `${Math.round(report.sent / Math.max(seconds, 0.001))} requests/s (seed ${seed})`,
    `  by status: ${sorted(report.statuses)
      .map(([status, n]) => `${status} ×${n}`)
      .join(', ')}`,
    `  by first error code: ${sorted(report.codes)
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ')}`,
    '  slowest routes (mean ms per request):',
    ...Object.entries(report.routes)
      .map(([route, { count, ms }]) => ({ route, count, mean: ms / Math.max(count, 1) }))
      .sort((a, b) => b.mean - a.mean)
      .slice(0, 5)
      .map((r) => `    ${r.mean.toFixed(1).padStart(6)}  ${r.route} (${r.count})`),
    `  answers that broke the property: ${report.failureCount}`,
    ...report.failures.map(
      (f) => `    ${f.route} [${f.label}] ${f.problem}\n      ${f.request}\n      → ${f.answer}`,
    ),
    `  distinct server errors in the log: ${serverErrors.length}`,
    ...serverErrors.map((line) => `    ${line}`),
  ]
  return lines.join('\n')
}
