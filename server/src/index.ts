/**
 * What the server package offers the other workspaces (browser tests, benchmarks, scripts):
 * they import from here, never from deep paths, so the inside can move.
 */
export { buildApp } from './app.ts'
export { prepareDatabase } from './bootstrap/database.ts'
export { createEmbeddedServer, type EmbeddedServer } from './bootstrap/server.ts'
export { type Config, loadConfig } from './config.ts'
export { type Database, type DatabaseHandle, openPGlite, openPostgres } from './db/database.ts'
export type { DB } from './db/schema.ts'
export { centreListPdf } from './features/get-information/centre-list-pdf.ts'
export { loadKeys } from './keys/load.ts'
export { directionOf } from './pdf/index.ts'
export { DEMO_SEED, ensureDemoData } from './platform/embedded/index.ts'
export { RESIDENT_PARTNER_ID } from './resident/otp/otp-service.ts'
export { OtpCheckBody, OtpRequestBody } from './resident/otp/schemas.ts'
