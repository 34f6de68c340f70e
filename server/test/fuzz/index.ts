/**
 * The fuzzer for other workspaces (`@resident/server/fuzz`): the benchmark runs it longer than
 * the test does. Plain code, no vitest: it only needs an app to inject into.
 */
export { type FuzzOperation, loadOperations } from './operations.ts'
export { demoIds, type Failure, type FuzzReport, routeWeight, runFuzz } from './run.ts'
