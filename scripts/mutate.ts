// `npm run mutate [group…]`: mutation testing (StrykerJS) of the rules that protect residents,
// one module group at a time, each against its own tests only (MUTATE_TESTS, read by
// vitest.mutate.config.ts). Never part of `npm test` or CI: a full run takes the better part of
// an hour on two cores. Writes reports/mutation/<group>.html and .json, and summary.md with the
// score of each module and the run time of each group.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

interface Group {
  /** Files Stryker mutates (globs, relative to the repository). */
  mutate: string[]
  /** The tests that guard them: the only ones run against their mutants. */
  tests: string[]
}

const GROUPS: Record<string, Group> = {
  'id-auth': {
    mutate: [
      'server/src/platform/embedded/id-auth/service.ts',
      'server/src/platform/embedded/id-auth/otp-code.ts',
      'server/src/platform/embedded/id-auth/otp-store.ts',
      'server/src/platform/embedded/id-auth/auth-records.ts',
      'server/src/platform/embedded/id-auth/failure-budget.ts',
      'server/src/platform/embedded/id-auth/send-statement.ts',
    ],
    tests: ['server/src/platform/embedded/id-auth/*.test.ts', 'server/test/res-otp-errors.test.ts'],
  },
  'resident-otp': {
    mutate: ['server/src/resident/otp/*.ts', '!server/src/resident/otp/*.test.ts'],
    tests: [
      'server/src/resident/otp/*.test.ts',
      'server/src/features/get-my-uin/*.test.ts',
      'server/src/features/verify-contact/*.test.ts',
      'server/test/res-otp-errors.test.ts',
    ],
  },
  captcha: {
    mutate: ['server/src/http/captcha.ts'],
    tests: ['server/src/http/captcha*.test.ts'],
  },
  'rate-limit': {
    mutate: ['server/src/http/rate-limit.ts'],
    tests: ['server/src/http/rate-limit*.test.ts', 'server/src/security-defaults.test.ts'],
  },
  masking: {
    mutate: ['server/src/text/mask.ts', 'server/src/http/log-redaction.ts'],
    tests: [
      'server/src/text/mask*.test.ts',
      'server/src/http/log-redaction.test.ts',
      'server/src/app.test.ts',
    ],
  },
  errors: {
    mutate: ['server/src/resident/errors.ts', 'server/src/http/envelope.ts'],
    tests: [
      'server/src/resident/error-registry.test.ts',
      'server/src/http/envelope-shapes.test.ts',
    ],
  },
  'card-signing': {
    mutate: ['server/src/cards/qr-payload.ts', 'server/src/keys/card-signing.ts'],
    tests: [
      'server/src/cards/qr-payload*.test.ts',
      'server/src/keys/*.test.ts',
      'server/src/features/card-keys/*.test.ts',
    ],
  },
}

const root = path.resolve(import.meta.dirname, '..')
const reports = path.join(root, 'reports/mutation')

const asked = process.argv.slice(2)
const unknown = asked.filter((name) => !(name in GROUPS))
if (unknown.length > 0) {
  console.error(`unknown group ${unknown.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`)
  process.exit(2)
}
const names = asked.length > 0 ? asked : Object.keys(GROUPS)

const DETECTED = ['Killed', 'Timeout']
const UNDETECTED = ['Survived', 'NoCoverage']

function row(name: string, counts: Record<string, number>, seconds?: number): string {
  const n = (status: string) => counts[status] ?? 0
  const detected = DETECTED.reduce((sum, s) => sum + n(s), 0)
  const valid = detected + UNDETECTED.reduce((sum, s) => sum + n(s), 0)
  const score = valid === 0 ? 'n/a' : `${((100 * detected) / valid).toFixed(1)} %`
  const time = seconds === undefined ? '' : `${Math.round(seconds)} s`
  return `| ${name} | ${score} | ${n('Killed')} | ${n('Timeout')} | ${n('Survived')} | ${n('NoCoverage')} | ${n('Ignored')} | ${n('RuntimeError') + n('CompileError')} | ${time} |`
}

const lines = [
  '| module | score | killed | timeout | survived | no coverage | ignored | errors | time |',
  '|---|---|---|---|---|---|---|---|---|',
]
let failed = false
const started = Date.now()
fs.mkdirSync(reports, { recursive: true })
for (const name of names) {
  const group = GROUPS[name] as Group
  console.log(`\n=== mutate ${name}: ${group.mutate.join(' ')}`)
  const begin = Date.now()
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', group.mutate.join(',')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATE_TESTS: group.tests.join(',') },
  })
  const seconds = (Date.now() - begin) / 1000
  const json = path.join(reports, 'mutation.json')
  if (run.status !== 0 || !fs.existsSync(json)) {
    failed = true
    lines.push(`| ${name} | failed (exit ${run.status}) | | | | | | | ${Math.round(seconds)} s |`)
    continue
  }
  fs.renameSync(json, path.join(reports, `${name}.json`))
  fs.renameSync(path.join(reports, 'index.html'), path.join(reports, `${name}.html`))
  const report = JSON.parse(fs.readFileSync(path.join(reports, `${name}.json`), 'utf8')) as {
    files: Record<string, { mutants: { status: string }[] }>
  }
  const total: Record<string, number> = {}
  const fileRows: string[] = []
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const counts: Record<string, number> = {}
    for (const { status } of mutants) {
      counts[status] = (counts[status] ?? 0) + 1
      total[status] = (total[status] ?? 0) + 1
    }
    fileRows.push(row(`  ${path.relative(root, path.resolve(root, file))}`, counts))
  }
  lines.push(row(`**${name}**`, total, seconds), ...fileRows)
}
const summary = [
  `# Mutation scores (${new Date().toISOString().slice(0, 10)})`,
  '',
  `Groups: ${names.join(', ')}; total time ${Math.round((Date.now() - started) / 1000)} s.`,
  'Score = (killed + timeout) / (killed + timeout + survived + no coverage).',
  '',
  ...lines,
  '',
].join('\n')
fs.writeFileSync(path.join(reports, 'summary.md'), summary)
console.log(`\n${summary}`)
process.exit(failed ? 1 : 0)
