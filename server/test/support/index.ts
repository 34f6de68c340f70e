/**
 * What other workspaces' tests (the benchmarks' unit tests) use of the server's test support:
 * `@resident/server/testing`. Only under vitest with the server's global setup, which provides
 * the seeded template database (`inject('dbTemplate')`).
 */
// Declares what the global setup provides, for every program that imports this module.
import type {} from '../global-setup.ts'

export { cloneTemplate, type TestDatabaseTemplate } from '../database-template.ts'
export { createTestApp, type TestApp } from '../test-app.ts'
