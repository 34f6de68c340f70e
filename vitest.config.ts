import { defineConfig } from 'vitest/config'

// One config for every workspace's unit and API tests; browser tests live in e2e/ and run apart.
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'portal/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
