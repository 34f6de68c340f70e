import { defineConfig } from 'vitest/config'
import base from './vitest.config.ts'

/**
 * The test config of `npm run mutate`: the usual one, limited to the test files of the module
 * group being mutated (MUTATE_TESTS, comma-separated globs). Stryker's own `testFiles` option
 * is not used: with it, StrykerJS 10.1 activates module-level (static) mutants only after the
 * module has loaded, so they all "survive" (stryker-js issues 6144 and 6209).
 */
const only = (process.env.MUTATE_TESTS ?? '')
  .split(',')
  .map((glob) => glob.trim())
  .filter(Boolean)

export default defineConfig({
  ...base,
  test: { ...base.test, ...(only.length > 0 ? { include: only } : {}) },
})
