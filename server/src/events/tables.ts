/** Resident-side event store (MOSIP `resident_transaction`). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the migration
export type ResidentEventTables = {}
