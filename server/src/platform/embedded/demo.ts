/**
 * The demo country's data and generators, for the workspaces that build on them (browser tests
 * pick demo residents, benchmarks generate larger populations): `@resident/server/demo`.
 */
export { generateUin } from '../../ids/id-rules.ts'
export { generateGeography } from './demo-country/geography.ts'
export { COUNTRY_CODE } from './demo-country/places.ts'
export { mulberry32 } from './demo-country/prng.ts'
export { seedDemoCountry } from './demo-country/seed.ts'
export { DEMO_LANGS } from './demo-country/text.ts'
export { generateDemoResidents } from './identity/demo-residents.ts'
export * from './identity/featured.ts'
export { portraitPng } from './identity/portrait.ts'
export * from './identity/resident-profile.ts'
export { createEmbeddedIdentity } from './identity/store.ts'
export type { IdentityTables } from './identity/tables.ts'
export { DEMO_SEED } from './index.ts'
export { createEmbeddedMasterdata } from './masterdata/store.ts'
export { type EmbeddedDatabase, embeddedTables } from './tables.ts'
