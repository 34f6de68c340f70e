/** Tables of the embedded identity service. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the adapter's migration
export type IdentityTables = {}
