/** Tables of the embedded audit service. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the adapter's migration
export type AuditTables = {}
