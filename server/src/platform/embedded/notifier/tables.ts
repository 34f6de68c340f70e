/** Tables of the embedded notifier service. */
// biome-ignore lint/complexity/noBannedTypes: filled in by the adapter's migration
export type NotifierTables = {}
