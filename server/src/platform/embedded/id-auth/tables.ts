/** Tables of the embedded id-auth service. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the adapter's migration
export type IdAuthTables = {}
